-- TrunkPortal's SIP edge database: one per Kamailio instance (edge/start.sh creates it and applies this file on
-- every start; every statement is idempotent). Kamailio 5.6's own tables (from /usr/share/kamailio/postgres:
-- standard, auth_db, usrloc) with the version rows Kamailio checks at start, plus what the portal provisions.
--
-- Who writes what:
--   portal   subscriber, access_code, static_trunk, static_source, dispatcher  (role "portal": the provisioning side)
--   kamailio location, location_attrs  (role "kamailio": reads the rest)
-- E1: nothing here holds a secret in clear: subscriber.ha1 is md5(username:realm:password), access_code holds
-- SHA-256 of the X-IB-AccessCode value; the password column Kamailio's schema has stays empty.

CREATE TABLE IF NOT EXISTS version (
    id SERIAL PRIMARY KEY NOT NULL,
    table_name VARCHAR(32) NOT NULL,
    table_version INTEGER DEFAULT 0 NOT NULL,
    CONSTRAINT version_table_name_idx UNIQUE (table_name)
);

-- Kamailio's subscriber (auth_db, version 7) with the portal's columns. One row per registration username
-- (registered trunks) or inbound DIGEST username (authenticated trunks with DIGEST on).
CREATE TABLE IF NOT EXISTS subscriber (
    id SERIAL PRIMARY KEY NOT NULL,
    username VARCHAR(64) DEFAULT '' NOT NULL,
    domain VARCHAR(64) DEFAULT '' NOT NULL,
    password VARCHAR(64) DEFAULT '' NOT NULL,
    ha1 VARCHAR(128) DEFAULT '' NOT NULL,
    ha1b VARCHAR(128) DEFAULT '' NOT NULL,
    -- the portal's: which trunk, which portal installation provisioned it (reconciliation touches only its own)
    trunk_id UUID NOT NULL,
    portal_id UUID NOT NULL,
    kind VARCHAR(16) NOT NULL,                   -- REGISTERED | AUTHENTICATED
    enabled SMALLINT DEFAULT 1 NOT NULL,         -- 0: admin DISABLED or SYSTEM_DISABLED (G4)
    invite_challenge SMALLINT DEFAULT 0 NOT NULL, -- G3
    CONSTRAINT subscriber_account_idx UNIQUE (username, domain),
    CONSTRAINT subscriber_password_empty CHECK (password = '')
);
CREATE INDEX IF NOT EXISTS subscriber_username_idx ON subscriber (username);
CREATE INDEX IF NOT EXISTS subscriber_portal_idx ON subscriber (portal_id, trunk_id);

-- Authenticated trunks: the X-IB-AccessCode value as lower-case hex SHA-256 (A3), never the value.
CREATE TABLE IF NOT EXISTS access_code (
    trunk_id UUID PRIMARY KEY NOT NULL,
    portal_id UUID NOT NULL,
    code_sha256 CHAR(64) NOT NULL,
    digest_username VARCHAR(64),                 -- set when inbound DIGEST is on (A2)
    enabled SMALLINT DEFAULT 1 NOT NULL,
    CONSTRAINT access_code_sha256_idx UNIQUE (code_sha256),
    CONSTRAINT access_code_sha256_hex CHECK (code_sha256 ~ '^[0-9a-f]{64}$')
);
CREATE INDEX IF NOT EXISTS access_code_portal_idx ON access_code (portal_id);

-- Static trunks (S-rules): one row per trunk; setid names its destination set in Kamailio's dispatcher table.
-- strategy: FAILOVER (dispatcher algorithm 8, priority order) or ROUND_ROBIN (algorithm 4).
CREATE TABLE IF NOT EXISTS static_trunk (
    trunk_id UUID PRIMARY KEY NOT NULL,
    portal_id UUID NOT NULL,
    setid SERIAL NOT NULL,
    strategy VARCHAR(16) NOT NULL,
    enabled SMALLINT DEFAULT 1 NOT NULL,
    options_polling SMALLINT DEFAULT 0 NOT NULL,
    CONSTRAINT static_trunk_setid_idx UNIQUE (setid),
    CONSTRAINT static_trunk_strategy CHECK (strategy IN ('FAILOVER', 'ROUND_ROBIN'))
);
CREATE INDEX IF NOT EXISTS static_trunk_portal_idx ON static_trunk (portal_id);

-- The source allowlist: one row per address a static trunk's traffic comes from (S6: an address belongs to one
-- trunk of the edge). host is what the customer configured (an IP, or the domain name this address resolved from).
CREATE TABLE IF NOT EXISTS static_source (
    address VARCHAR(64) PRIMARY KEY NOT NULL,
    trunk_id UUID NOT NULL REFERENCES static_trunk (trunk_id) ON DELETE CASCADE,
    host VARCHAR(255) NOT NULL,
    resolved_at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL
);
CREATE INDEX IF NOT EXISTS static_source_trunk_idx ON static_source (trunk_id);

-- Kamailio's dispatcher table (version 4): a static trunk's destinations, one row each; flags 8 = probed with
-- OPTIONS (S4 on); priority orders FAILOVER (higher first); attrs "duid=<trunk id>/<n>".
CREATE TABLE IF NOT EXISTS dispatcher (
    id SERIAL PRIMARY KEY NOT NULL,
    setid INTEGER DEFAULT 0 NOT NULL,
    destination VARCHAR(192) DEFAULT '' NOT NULL,
    flags INTEGER DEFAULT 0 NOT NULL,
    priority INTEGER DEFAULT 0 NOT NULL,
    attrs VARCHAR(128) DEFAULT '' NOT NULL,
    description VARCHAR(64) DEFAULT '' NOT NULL
);
CREATE INDEX IF NOT EXISTS dispatcher_setid_idx ON dispatcher (setid);

-- Channel limits (every kind): the most simultaneous calls the edge lets through for the trunk.
ALTER TABLE subscriber ADD COLUMN IF NOT EXISTS channel_limit INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE access_code ADD COLUMN IF NOT EXISTS channel_limit INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE static_trunk ADD COLUMN IF NOT EXISTS channel_limit INTEGER DEFAULT 0 NOT NULL;

-- Kamailio's usrloc tables (version 9 and 1), written by Kamailio only.
CREATE TABLE IF NOT EXISTS location (
    id SERIAL PRIMARY KEY NOT NULL,
    ruid VARCHAR(64) DEFAULT '' NOT NULL,
    username VARCHAR(64) DEFAULT '' NOT NULL,
    domain VARCHAR(64) DEFAULT NULL,
    contact VARCHAR(512) DEFAULT '' NOT NULL,
    received VARCHAR(128) DEFAULT NULL,
    path VARCHAR(512) DEFAULT NULL,
    expires TIMESTAMP WITHOUT TIME ZONE DEFAULT '2030-05-28 21:32:15' NOT NULL,
    q REAL DEFAULT 1.0 NOT NULL,
    callid VARCHAR(255) DEFAULT 'Default-Call-ID' NOT NULL,
    cseq INTEGER DEFAULT 1 NOT NULL,
    last_modified TIMESTAMP WITHOUT TIME ZONE DEFAULT '2000-01-01 00:00:01' NOT NULL,
    flags INTEGER DEFAULT 0 NOT NULL,
    cflags INTEGER DEFAULT 0 NOT NULL,
    user_agent VARCHAR(255) DEFAULT '' NOT NULL,
    socket VARCHAR(64) DEFAULT NULL,
    methods INTEGER DEFAULT NULL,
    instance VARCHAR(255) DEFAULT NULL,
    reg_id INTEGER DEFAULT 0 NOT NULL,
    server_id INTEGER DEFAULT 0 NOT NULL,
    connection_id INTEGER DEFAULT 0 NOT NULL,
    keepalive INTEGER DEFAULT 0 NOT NULL,
    partition INTEGER DEFAULT 0 NOT NULL,
    CONSTRAINT location_ruid_idx UNIQUE (ruid)
);
CREATE INDEX IF NOT EXISTS location_account_contact_idx ON location (username, domain, contact);
CREATE INDEX IF NOT EXISTS location_expires_idx ON location (expires);
CREATE INDEX IF NOT EXISTS location_tcpcon_idx ON location (connection_id);
CREATE INDEX IF NOT EXISTS location_connection_idx ON location (server_id, connection_id);

CREATE TABLE IF NOT EXISTS location_attrs (
    id SERIAL PRIMARY KEY NOT NULL,
    ruid VARCHAR(64) DEFAULT '' NOT NULL,
    username VARCHAR(64) DEFAULT '' NOT NULL,
    domain VARCHAR(64) DEFAULT NULL,
    aname VARCHAR(64) DEFAULT '' NOT NULL,
    atype INTEGER DEFAULT 0 NOT NULL,
    avalue VARCHAR(512) DEFAULT '' NOT NULL,
    last_modified TIMESTAMP WITHOUT TIME ZONE DEFAULT '2000-01-01 00:00:01' NOT NULL
);
CREATE INDEX IF NOT EXISTS location_attrs_account_record_idx ON location_attrs (username, domain, ruid);
CREATE INDEX IF NOT EXISTS location_attrs_last_modified_idx ON location_attrs (last_modified);

INSERT INTO version (table_name, table_version) VALUES
    ('version', 1), ('subscriber', 7), ('location', 9), ('location_attrs', 1), ('dispatcher', 4)
ON CONFLICT (table_name) DO NOTHING;

-- Least privilege: the portal provisions, Kamailio reads what it was given and keeps its contacts.
GRANT SELECT ON version TO kamailio, portal;
GRANT SELECT ON subscriber, access_code, static_trunk, static_source, dispatcher TO kamailio;
GRANT SELECT, INSERT, UPDATE, DELETE ON subscriber, access_code, static_trunk, static_source, dispatcher TO portal;
GRANT USAGE ON SEQUENCE subscriber_id_seq, static_trunk_setid_seq, dispatcher_id_seq TO portal;
GRANT SELECT, INSERT, UPDATE, DELETE ON location, location_attrs TO kamailio;
GRANT USAGE ON SEQUENCE location_id_seq, location_attrs_id_seq TO kamailio;
GRANT SELECT ON location TO portal;
