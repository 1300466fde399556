/** The CLI's help text. */
export const CLI_USAGE = `meridian: administer a Meridian deployment directly against its database.

Usage: meridian <command> [options]

  tenant create <id> --name <name>
  tenant list
  key create --tenant <id> --name <name> --role <admin|clinician|integration|auditor|operator> [--expires <ISO 8601>]
  key list --tenant <id>
  key revoke --tenant <id> <key-id>
  ehr-client create --tenant <id> --issuer <iss> --name <name> (--jwks-url <url> | --jwks-file <path>)
                    [--jku-allow <url>]... [--service <id>]... [--fhir-server <base url>]...
  ehr-client update --tenant <id> <client-id> [--name <name>] [--jku-allow <url>]... [--service <id>]... [--fhir-server <base url>]...
  ehr-client list --tenant <id>
  ehr-client revoke --tenant <id> <client-id>
  hl7-sender create --tenant <id> --application <MSH-3> [--facility <MSH-4>] --name <name>
  hl7-sender list --tenant <id>
  hl7-sender revoke --tenant <id> <sender-id>
  migrate

Database: --database-url <url> (or DATABASE_URL) for Postgres; otherwise the embedded
PGlite in --data-dir <dir> (or MERIDIAN_DATA_DIR; default: .meridian-data at the root of
the repository, from any working directory). The first line on stderr names the database
opened. PGlite is single-process: while a server runs on the folder (its meridian.lock
names a live process) the CLI refuses it; stop the server, or use the admin API.

An EHR client's --fhir-server list names the FHIR servers Meridian may fetch missing
prefetch from, with the EHR's access token; with none, its calls must carry their prefetch.

Every act is recorded in the audit trail with the system principal "cli".
Output is JSON. Exit status: 0 done, 1 refused or failed, 2 usage error.
`;
