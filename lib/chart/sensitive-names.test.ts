import { describe, expect, it } from 'vitest';
import { AWS_ACCESS_KEY, isSensitiveName, PEM_BLOCK } from './sensitive-names';

describe('isSensitiveName', () => {
  it.each([
    'password',
    'adminPassword',
    'db_password',
    'apiKey',
    'api-key',
    'licenseKey',
    'license',
    'tlsCert',
    'caCertificate',
    'privateKey',
    'secretAccessKey',
    'authToken',
    'credentials',
    'sshKeys',
  ])('%s names secret material', (name) => expect(isSensitiveName(name)).toBe(true));
  it.each([
    'existingSecret',
    'secretName',
    'passwordSecretRef',
    'passwordKey',
    'tokenKey',
    'certificateArn',
    'imagePullSecrets',
    'key',
    'secret',
    'keyName',
    'licenseServer',
    'publicKey',
    'tokenTtl',
    'monkey',
  ])('%s is a reference or not secret-like', (name) => expect(isSensitiveName(name)).toBe(false));
});

describe('secret shapes', () => {
  it('recognises PEM blocks and AWS access key ids', () => {
    expect(PEM_BLOCK.test('-----BEGIN RSA PRIVATE KEY-----')).toBe(true);
    expect(PEM_BLOCK.test('-----BEGIN CERTIFICATE-----')).toBe(true);
    expect(PEM_BLOCK.test('BEGIN nothing')).toBe(false);
    expect(AWS_ACCESS_KEY.test('key: AKIAIOSFODNN7EXAMPLE')).toBe(true);
    expect(AWS_ACCESS_KEY.test('key: AKIA-short')).toBe(false);
  });
});
