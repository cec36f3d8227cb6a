/** Functions text/template predefines. */
const GO_BUILTINS = 'and or not len index slice print printf println html js urlquery eq ne lt le gt ge call';

/** Sprig v3 (the function map Helm installs), minus what Helm removes. */
const SPRIG = `hello ago date date_in_zone date_modify dateInZone dateModify duration durationRound htmlDate
htmlDateInZone must_date_modify mustDateModify mustToDate now toDate unixEpoch abbrev abbrevboth trunc trim
upper lower title untitle substr repeat trimall trimAll trimSuffix trimPrefix nospace initials randAlphaNum
randAlpha randAscii randNumeric swapcase shuffle snakecase camelcase kebabcase wrap wrapWith contains
hasPrefix hasSuffix quote squote cat indent nindent replace plural sha1sum sha256sum sha512sum adler32sum
toString atoi int64 int float64 seq toDecimal split splitList splitn toStrings until untilStep add1 add sub
div mod mul randInt add1f addf subf divf mulf biggest max min maxf minf ceil floor round join sortAlpha
default empty coalesce all any compact mustCompact fromJson toJson toPrettyJson toRawJson mustFromJson
mustToJson mustToPrettyJson mustToRawJson ternary deepCopy mustDeepCopy typeOf typeIs typeIsLike kindOf
kindIs deepEqual getHostByName base dir clean ext isAbs osBase osClean osDir osExt osIsAbs b64enc b64dec
b32enc b32dec tuple list dict get set unset hasKey pluck keys pick omit merge mergeOverwrite mustMerge
mustMergeOverwrite values append push mustAppend mustPush prepend mustPrepend first mustFirst rest
mustRest last mustLast initial mustInitial reverse mustReverse uniq mustUniq without mustWithout has mustHas
mustSlice concat dig chunk mustChunk bcrypt htpasswd genPrivateKey derivePassword buildCustomCert genCA
genCAWithKey genSelfSignedCert genSelfSignedCertWithKey genSignedCert genSignedCertWithKey encryptAES
decryptAES randBytes uuidv4 semver semverCompare fail regexMatch mustRegexMatch regexFindAll
mustRegexFindAll regexFind mustRegexFind regexReplaceAll mustRegexReplaceAll regexReplaceAllLiteral
mustRegexReplaceAllLiteral regexSplit mustRegexSplit regexQuoteMeta urlParse urlJoin`;

/** Helm's own additions (pkg/engine/funcs.go). Helm deletes sprig's env and expandenv. */
const HELM_EXTRAS =
  'include tpl required toYaml toYamlPretty fromYaml fromYamlArray toJson fromJson fromJsonArray toToml fromToml lookup';

/** Every function a chart template may call under Helm 3. */
export const KNOWN_FUNCTIONS: ReadonlySet<string> = new Set(
  `${GO_BUILTINS} ${SPRIG} ${HELM_EXTRAS}`.split(/\s+/).filter(Boolean),
);

/** Functions Helm removes from sprig for safety; a chart calling them fails to render. */
export const REMOVED_FUNCTIONS: ReadonlySet<string> = new Set(['env', 'expandenv']);
