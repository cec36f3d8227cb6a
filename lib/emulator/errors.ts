/** The eight modelled Catalog API exceptions with their HTTP status (reference §2.1). */
export const EXCEPTION_STATUS = {
  AccessDeniedException: 403,
  InternalServiceException: 500,
  ResourceInUseException: 423,
  ResourceNotFoundException: 404,
  ResourceNotSupportedException: 415,
  ServiceQuotaExceededException: 402,
  ThrottlingException: 429,
  ValidationException: 422,
} as const;

export type ExceptionName = keyof typeof EXCEPTION_STATUS;

export interface ValidationField {
  Reason: 'UnknownOperation' | 'CannotParse' | 'FieldValidationFailed' | 'Other';
  Field?: string;
  Message?: string;
  ChangeType?: string;
  EntityId?: string;
  EntityType?: string;
}

/** Thrown by handlers; the server turns it into the wire error (bare name in x-amzn-ErrorType). */
export class ApiError extends Error {
  readonly status: number;
  constructor(
    readonly exception: ExceptionName,
    message: string,
    readonly fields?: ValidationField[],
  ) {
    super(message);
    this.name = exception;
    this.status = EXCEPTION_STATUS[exception];
  }
}

/** ValidationException naming the offending field, the common case of synchronous validation. */
export function invalid(
  field: string,
  message: string,
  reason: ValidationField['Reason'] = 'FieldValidationFailed',
): ApiError {
  return new ApiError('ValidationException', message, [{ Reason: reason, Field: field, Message: message }]);
}

export const notFound = (message: string) => new ApiError('ResourceNotFoundException', message);
