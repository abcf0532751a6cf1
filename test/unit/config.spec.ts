import { ConfigError, loadConfig } from '../../src/config/env';

const noSecret = () => 'generated-secret-generated-secret-123456';
const load = (env: NodeJS.ProcessEnv) => loadConfig(env, noSecret);

describe('loadConfig', () => {
  it('defaults to the embedded setup: port 4000, SQLite under var/, private Redis, a generated secret', () => {
    expect(load({})).toEqual({
      port: 4000,
      host: '127.0.0.1',
      database: { kind: 'sqlite', path: 'var/cti.sqlite' },
      redisUrl: undefined,
      auth: { kind: 'secret', secret: noSecret(), generated: true },
      jwtIssuer: undefined,
      jwtAudience: undefined,
      jwtMaxLifetimeSeconds: 12 * 3600,
      graphqlIntrospection: true,
      graphqlIde: true,
      production: false,
      corsOrigins: ['http://localhost:5173', 'http://127.0.0.1:5173', 'http://localhost:4173', 'http://127.0.0.1:4173'],
      trustProxy: [],
      logLevel: 'info',
      directoryMaxAgeSeconds: 60,
      varDir: 'var',
      redisPrefix: 'cti',
      clock: 'system',
      termDays: {
        ACCOMPANIMENT_RESPONSE: undefined,
        CORRECTIONS: undefined,
        AGREEMENT_SIGNATURE: undefined,
        PLAN_REVIEW: undefined,
        PROGRESS_REPORT_REVIEW: undefined,
        PROGRESS_REPORT_CORRECTIONS: undefined,
        FIRST_SESSION: undefined,
        ACCOMPANIMENT_SURVEY: undefined,
        ELIGIBILITY_REVIEW: undefined,
      },
      followUp: { reportDueDays: 10, remindDaysBefore: 3 },
      mail: {
        smtpUrl: undefined,
        dir: 'var/mail',
        from: 'Ciudades y Territorios Inteligentes <ciudadesyterritoriosinteligentes@mintic.gov.co>',
        coordinators: 'ciudadesyterritoriosinteligentes@mintic.gov.co',
      },
      publicUrl: undefined,
      people: { invitationDays: 7, digestHour: 7 },
      adoption: { reinviteDays: 7 },
      metrics: { port: undefined, host: '127.0.0.1' },
      roleClaim: undefined,
      documents: {
        storage: { driver: 'file', dir: 'var/documents' },
        clamd: undefined,
        linkSecret: `document-links:${noSecret()}`,
        linkSeconds: 300,
        unattachedHours: 24,
        retentionYears: 10,
        quarantineRepairSeconds: 120,
      },
      jobs: { lockMs: 30000, reconcileEverySeconds: 300, relayPollMs: 250, reportStepDelayMs: 0 },
      rateLimits: {
        mutationsPerMinute: 120,
        reportsPerHour: 30,
        importsPerHour: 20,
        uploadsPerHour: 200,
        anonymousPerMinute: 60,
        publicPerMinute: 120,
      },
    });
  });

  it('selects PostgreSQL from a postgres:// URL and takes the production settings', () => {
    const config = load({
      PORT: '8080',
      DATABASE_URL: 'postgres://cti:pw@db:5432/cti',
      REDIS_URL: 'redis://cache:6379',
      JWKS_URL: 'https://idp.mintic.gov.co/.well-known/jwks.json',
      DOCUMENT_LINK_SECRET: 'l'.repeat(32),
      LOG_LEVEL: 'warn',
    });
    expect(config).toMatchObject({
      port: 8080,
      database: { kind: 'postgresql', url: 'postgres://cti:pw@db:5432/cti' },
      redisUrl: 'redis://cache:6379',
      auth: { kind: 'jwks', jwksUrl: 'https://idp.mintic.gov.co/.well-known/jwks.json' },
      logLevel: 'warn',
    });
  });

  it('reads TRUST_PROXY as the load balancers’ addresses and networks; unset trusts none', () => {
    expect(load({ TRUST_PROXY: ' 10.0.0.5, 10.0.1.0/24 ,::1,fd00::/8,::ffff:192.0.2.1' }).trustProxy).toEqual([
      '10.0.0.5',
      '10.0.1.0/24',
      '::1',
      'fd00::/8',
      '192.0.2.1',
    ]);
    expect(load({ TRUST_PROXY: '' }).trustProxy).toEqual([]);
  });

  it.each([
    ['3600', 3600],
    ['90m', 5400],
    ['8h', 28_800],
    ['1d', 86_400],
  ])('reads JWT_MAX_LIFETIME=%s as %i seconds', (value, seconds) => {
    expect(load({ JWT_MAX_LIFETIME: value }).jwtMaxLifetimeSeconds).toBe(seconds);
  });

  it("honours the identity provider's token lifetime unless JWT_MAX_LIFETIME caps it", () => {
    const JWKS_URL = 'https://idp.mintic.gov.co/.well-known/jwks.json';
    const DOCUMENT_LINK_SECRET = 'l'.repeat(32);
    expect(load({ JWKS_URL, DOCUMENT_LINK_SECRET }).jwtMaxLifetimeSeconds).toBeUndefined();
    expect(load({ JWKS_URL, DOCUMENT_LINK_SECRET, JWT_MAX_LIFETIME: '1h' }).jwtMaxLifetimeSeconds).toBe(3600);
  });

  it('turns introspection off in production unless GRAPHQL_INTROSPECTION=true', () => {
    expect(load({ NODE_ENV: 'production' }).graphqlIntrospection).toBe(false);
    expect(load({ NODE_ENV: 'production', GRAPHQL_INTROSPECTION: 'true' }).graphqlIntrospection).toBe(true);
    expect(load({ GRAPHQL_INTROSPECTION: 'false' }).graphqlIntrospection).toBe(false);
    expect(load({}).graphqlIntrospection).toBe(true);
  });

  it('serves the GraphQL IDE outside production, and in production only with GRAPHQL_IDE=true', () => {
    expect(load({ NODE_ENV: 'production' }).graphqlIde).toBe(false);
    expect(load({ NODE_ENV: 'production', GRAPHQL_IDE: 'true' }).graphqlIde).toBe(true);
    expect(load({ GRAPHQL_IDE: 'false' }).graphqlIde).toBe(false);
    expect(load({}).graphqlIde).toBe(true);
  });

  it('knows it runs in production only with NODE_ENV=production (the demo sign-in is refused there)', () => {
    expect(load({ NODE_ENV: 'production' }).production).toBe(true);
    expect(load({ NODE_ENV: 'test' }).production).toBe(false);
    expect(load({}).production).toBe(false);
  });

  it('reads the people settings: the public URL of mail links, invitation days, the digest hour', () => {
    expect(load({ PUBLIC_URL: 'https://cti.mintic.gov.co/', INVITATION_DAYS: '14', DIGEST_HOUR: '18' })).toMatchObject({
      publicUrl: 'https://cti.mintic.gov.co',
      people: { invitationDays: 14, digestHour: 18 },
    });
  });

  it('keeps the mail defaults configurable', () => {
    expect(load({ MAIL_FROM: 'CTI <cti@mintic.gov.co>', MAIL_COORDINATORS: 'coordinacion@mintic.gov.co' }).mail).toMatchObject({
      from: 'CTI <cti@mintic.gov.co>',
      coordinators: 'coordinacion@mintic.gov.co',
    });
  });

  it('maps an identity-provider claim to ministry roles (AUTH_ROLE_CLAIM with AUTH_ROLE_MAP)', () => {
    expect(load({ AUTH_ROLE_CLAIM: 'groups', AUTH_ROLE_MAP: 'cti-coordinacion=COORDINATOR, cti-asesores=ADVISOR' }).roleClaim).toEqual({
      claim: 'groups',
      map: { 'cti-coordinacion': 'COORDINATOR', 'cti-asesores': 'ADVISOR' },
    });
    expect(load({ AUTH_ROLE_CLAIM: 'roles', AUTH_ROLE_MAP: 'cti-auditoria=AUDITOR,cti-evaluacion=EVALUATOR' }).roleClaim!.map).toEqual({
      'cti-auditoria': 'AUDITOR',
      'cti-evaluacion': 'EVALUATOR',
    });
  });

  it('no longer reads MAIL_ENTITY_PATTERN: entity mail goes to the people of the directory', () => {
    expect(load({ MAIL_ENTITY_PATTERN: 'tic.{code}@entidades.gov.co' }).mail).not.toHaveProperty('entityPattern');
  });

  it('stores documents in an S3 bucket with DOCUMENT_STORAGE=s3, path-style unless told otherwise', () => {
    const env = {
      DOCUMENT_STORAGE: 's3',
      S3_BUCKET: 'cti-documentos',
      S3_ENDPOINT: 'https://s3.example.gov.co',
      S3_ACCESS_KEY_ID: 'clave',
      S3_SECRET_ACCESS_KEY: 'secreto',
    };
    expect(load(env).documents.storage).toEqual({
      driver: 's3',
      bucket: 'cti-documentos',
      endpoint: 'https://s3.example.gov.co',
      region: 'us-east-1',
      accessKeyId: 'clave',
      secretAccessKey: 'secreto',
      forcePathStyle: true,
    });
    // On AWS itself: no endpoint, the region given, virtual-hosted addressing, the SDK's own credentials.
    expect(
      load({ DOCUMENT_STORAGE: 's3', S3_BUCKET: 'cti', S3_REGION: 'sa-east-1', S3_FORCE_PATH_STYLE: 'false' }).documents.storage,
    ).toEqual({
      driver: 's3',
      bucket: 'cti',
      endpoint: undefined,
      region: 'sa-east-1',
      accessKeyId: undefined,
      secretAccessKey: undefined,
      forcePathStyle: false,
    });
    // S3_* settings mean nothing to the file driver.
    expect(load({ S3_BUCKET: 'cti', DOCUMENT_DIR: '/srv/documentos' }).documents.storage).toEqual({
      driver: 'file',
      dir: '/srv/documentos',
    });
  });

  it('reaches clamd by socket, or by host on port 3310 unless CLAMD_PORT says otherwise', () => {
    expect(load({ CLAMD_SOCKET: '/run/clamav/clamd.ctl' }).documents.clamd).toEqual({ socket: '/run/clamav/clamd.ctl' });
    expect(load({ CLAMD_HOST: 'clamav' }).documents.clamd).toEqual({ host: 'clamav', port: 3310 });
    expect(load({ CLAMD_HOST: 'clamav', CLAMD_PORT: '3311' }).documents.clamd).toEqual({ host: 'clamav', port: 3311 });
  });

  it('takes a DOCUMENT_LINK_SECRET of 32 characters or more', () => {
    expect(load({ DOCUMENT_LINK_SECRET: 'x'.repeat(32) }).documents.linkSecret).toBe('x'.repeat(32));
  });

  it('treats empty variables as unset', () => {
    expect(load({ PORT: '', REDIS_URL: ' ' })).toMatchObject({ port: 4000, redisUrl: undefined });
  });

  it.each([
    ['PORT', { PORT: 'abc' }],
    ['PORT', { PORT: '70000' }],
    ['PORT', { PORT: '80.5' }],
    ['DATABASE_URL', { DATABASE_URL: 'mysql://x' }],
    ['REDIS_URL', { REDIS_URL: 'localhost:6379' }],
    ['JWT_SECRET', { JWT_SECRET: 'short' }],
    ['JWKS_URL', { JWKS_URL: 'not a url' }],
    ['JWKS_URL', { JWT_SECRET: 'x'.repeat(32), JWKS_URL: 'https://idp/jwks' }],
    ['LOG_LEVEL', { LOG_LEVEL: 'verbose' }],
    ['DIRECTORY_MAX_AGE_SECONDS', { DIRECTORY_MAX_AGE_SECONDS: '-1' }],
    ['REDIS_PREFIX', { REDIS_PREFIX: 'con espacios' }],
    ['JWT_MAX_LIFETIME', { JWT_MAX_LIFETIME: 'forever' }],
    ['JWT_MAX_LIFETIME', { JWT_MAX_LIFETIME: '31d' }],
    ['JWT_MAX_LIFETIME', { JWT_MAX_LIFETIME: '30' }],
    ['GRAPHQL_INTROSPECTION', { GRAPHQL_INTROSPECTION: 'yes' }],
    ['GRAPHQL_IDE', { GRAPHQL_IDE: 'on' }],
    ['RATE_LIMIT_MUTATIONS_PER_MINUTE', { RATE_LIMIT_MUTATIONS_PER_MINUTE: '-1' }],
    ['RATE_LIMIT_REPORTS_PER_HOUR', { RATE_LIMIT_REPORTS_PER_HOUR: 'muchos' }],
    ['RATE_LIMIT_IMPORTS_PER_HOUR', { RATE_LIMIT_IMPORTS_PER_HOUR: '2.5' }],
    ['RATE_LIMIT_ANONYMOUS_PER_MINUTE', { RATE_LIMIT_ANONYMOUS_PER_MINUTE: '100001' }],
    ['RATE_LIMIT_PUBLIC_PER_MINUTE', { RATE_LIMIT_PUBLIC_PER_MINUTE: '-1' }],
    ['CORS_ORIGINS', { CORS_ORIGINS: 'https://consola.gov.co/ruta' }],
    ['MAIL_COORDINATORS', { MAIL_COORDINATORS: 'coordinacion' }],
    ['PUBLIC_URL', { PUBLIC_URL: 'cti.mintic.gov.co' }],
    ['PUBLIC_URL', { PUBLIC_URL: 'ftp://cti.mintic.gov.co' }],
    ['INVITATION_DAYS', { INVITATION_DAYS: '0' }],
    ['INVITATION_DAYS', { INVITATION_DAYS: '61' }],
    ['DIGEST_HOUR', { DIGEST_HOUR: '24' }],
    ['DIGEST_HOUR', { DIGEST_HOUR: '7.5' }],
    ['ADOPTION_REINVITE_DAYS', { ADOPTION_REINVITE_DAYS: '0' }],
    ['AUTH_ROLE_CLAIM', { AUTH_ROLE_CLAIM: 'grupos con espacios', AUTH_ROLE_MAP: 'a=COORDINATOR' }],
    // An identity-provider claim may grant a ministry role, never an entity membership (nor GUEST).
    ['AUTH_ROLE_MAP', { AUTH_ROLE_CLAIM: 'groups', AUTH_ROLE_MAP: 'alcaldes=ENTITY_REPRESENTATIVE' }],
    ['AUTH_ROLE_MAP', { AUTH_ROLE_CLAIM: 'groups', AUTH_ROLE_MAP: 'cti-coordinacion=COORDINATOR,lideres=ENTITY_TIC_LEADER' }],
    ['AUTH_ROLE_MAP', { AUTH_ROLE_CLAIM: 'groups', AUTH_ROLE_MAP: 'funcionarios=ENTITY_MEMBER' }],
    ['AUTH_ROLE_MAP', { AUTH_ROLE_CLAIM: 'groups', AUTH_ROLE_MAP: 'invitados=GUEST' }],
    ['AUTH_ROLE_MAP', { AUTH_ROLE_CLAIM: 'groups', AUTH_ROLE_MAP: 'cti-coordinacion' }],
    ['AUTH_ROLE_MAP', { AUTH_ROLE_CLAIM: 'groups', AUTH_ROLE_MAP: 'cti-coordinacion=coordinator' }],
    // The pair goes together: one without the other is named.
    ['AUTH_ROLE_MAP', { AUTH_ROLE_CLAIM: 'groups' }],
    ['AUTH_ROLE_CLAIM', { AUTH_ROLE_MAP: 'cti-coordinacion=COORDINATOR' }],
    ['DOCUMENT_STORAGE', { DOCUMENT_STORAGE: 'ftp' }],
    ['S3_BUCKET', { DOCUMENT_STORAGE: 's3' }],
    ['S3_ENDPOINT', { DOCUMENT_STORAGE: 's3', S3_BUCKET: 'cti', S3_ENDPOINT: 'minio:9000' }],
    ['S3_FORCE_PATH_STYLE', { S3_FORCE_PATH_STYLE: 'yes' }],
    // The key pair goes together: half of it would silently fall back to the environment's credentials.
    ['S3_SECRET_ACCESS_KEY', { DOCUMENT_STORAGE: 's3', S3_BUCKET: 'cti', S3_ACCESS_KEY_ID: 'AKIA' }],
    ['S3_ACCESS_KEY_ID', { DOCUMENT_STORAGE: 's3', S3_BUCKET: 'cti', S3_SECRET_ACCESS_KEY: 'secret' }],
    ['CLAMD_HOST', { CLAMD_SOCKET: '/run/clamav/clamd.ctl', CLAMD_HOST: 'clamav' }],
    ['CLAMD_PORT', { CLAMD_HOST: 'clamav', CLAMD_PORT: '70000' }],
    ['DOCUMENT_LINK_SECRET', { DOCUMENT_LINK_SECRET: 'x'.repeat(31) }],
    // Links must verify on every API process: with tokens from an identity provider there is no shared default.
    ['DOCUMENT_LINK_SECRET', { JWKS_URL: 'https://idp/jwks' }],
    ['DOCUMENT_LINK_SECONDS', { DOCUMENT_LINK_SECONDS: '3600' }],
    ['DOCUMENT_QUARANTINE_REPAIR_SECONDS', { DOCUMENT_QUARANTINE_REPAIR_SECONDS: '10' }],
    ['TRUST_PROXY', { TRUST_PROXY: 'balanceador.interno' }],
    ['TRUST_PROXY', { TRUST_PROXY: '10.0.0.0/33' }],
    ['TRUST_PROXY', { TRUST_PROXY: '10.0.0.5, 10.0.0.300' }],
    ['TRUST_PROXY', { TRUST_PROXY: 'fd00::/129' }],
    ['TRUST_PROXY', { TRUST_PROXY: ',' }],
  ])('names %s when it is invalid', (variable, env) => {
    let error: unknown;
    try {
      load(env);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).variable).toBe(variable);
    expect((error as ConfigError).message).toMatch(new RegExp(`^Configuración inválida: ${variable} `));
    expect((error as ConfigError).message).not.toContain('\n');
  });
});
