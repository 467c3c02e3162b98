"""Texts of running the dashboard on a server: lasting sign-ins, accounts people run themselves,
API tokens, the HTTP API, backups and errors. Bokmål."""

NB: dict[str, str] = {
    # Why a sign-in no longer works (shown on the sign-in page)
    "auth.reason.signed_out": "Du er logget ut.",
    "auth.reason.expired": "Innloggingen er utløpt. Logg inn på nytt.",
    "auth.reason.password_changed": "Passordet ditt er endret. Logg inn på nytt.",
    "auth.reason.account_changed": (
        "Rollen eller enhetene dine er endret av en administrator. Logg inn på nytt."
    ),
    "auth.reason.account_removed": "Brukeren din finnes ikke lenger.",
    "auth.reason.unknown": "Logg inn for å se dashbordet.",
    "auth.audit_ended_others": "Logget ut {count} andre økter",
    "auth.sign_in_again": "Logg inn",
    "auth.not_signed_in": "Du er ikke logget inn.",
    "auth.sso_sign_out": "Logg ut av kommunens pålogging",
    "auth.origin_refused": (
        "Innloggingen kom fra en annen nettside enn dashbordet og ble avvist. Åpne dashbordet "
        "og logg inn der."
    ),
    "auth.page_title": "Logg inn – {municipality}",
    "auth.demo_heading": "Demokontoer",
    "auth.store_busy": (
        "Databasen er i bruk av en kommandolinjejobb akkurat nå. Siden prøver igjen om noen "
        "sekunder."
    ),
    # Own account
    "account.page": "Min konto",
    "account.change_password": "Bytt passord",
    "account.old_password": "Nåværende passord",
    "account.new_password": "Nytt passord",
    "account.new_password_again": "Nytt passord en gang til",
    "account.password_help": (
        "Minst {length} tegn. Demopassordene er kjent for alle og kan ikke brukes."
    ),
    "account.passwords_differ": "De to nye passordene er ikke like. Ingenting er endret.",
    "account.password_changed": "Passordet er byttet. Du er logget ut alle andre steder.",
    "account.single_sign_on_only": (
        "Du logger inn med kommunens pålogging og har ikke eget passord her."
    ),
    "account.sessions": "Innlogginger",
    "account.sessions_open": "Du er logget inn {count} steder (også her).",
    "account.end_others": "Logg ut alle andre steder",
    "account.others_ended": "Logget ut {count} andre steder.",
    "account.who": "Du er {name}, {role}.",
    "account.units": "Enheter: {units}",
    # Users, as administrators run them
    "users.password_published": (
        "Det passordet er et av demopassordene, som står i veiledningen. Velg et annet."
    ),
    "users.audit_from": "fra {address}",
    "users.alert": (
        "{attempts} mislykkede innlogginger for «{name}» fra {addresses} adresse(r) de siste "
        "{minutes} minuttene"
    ),
    "users.no_local_password": "Brukeren din har ikke eget passord (bare kommunens pålogging).",
    "users.old_password_wrong": "Det nåværende passordet stemmer ikke. Ingenting er endret.",
    "users.password_unchanged": "Det nye passordet er det samme som det gamle.",
    "users.cannot_demote_self": (
        "Du kan ikke ta fra deg selv administratorrollen. Be en annen administrator."
    ),
    "users.audit_changed": ("{name}: rolle {old_role} → {role}, enheter {old_units} → {units}"),
    "users.is_service_account": "Navnet {name} brukes av en tjenestekonto (API-nøkkel).",
    "admin.edit_user": "Endre rolle og enheter",
    "admin.user_changed": "Endret {name}. Personen må logge inn på nytt.",
    "admin.tokens": "API-nøkler",
    "admin.tokens_help": (
        "Nøkler for tjenestekontoer (for eksempel nattlig import) lages på serveren med "
        "`python -m analytics tokens create NAVN --role …`. Her kan de trekkes tilbake."
    ),
    "admin.revoke_token": "Trekk tilbake nøkkelen",
    "admin.token_revoked": "Nøkkelen til {name} er trukket tilbake.",
    "admin.no_tokens": "Ingen API-nøkler er laget.",
    "admin.alerts": "Varsler om innlogging",
    "goals.sign_in_alerts": "Gjentatte mislykkede innlogginger siste døgn (revisjonsloggen):",
    "audit.action.sign_in_alert": "Varsel: gjentatte mislykkede innlogginger",
    "audit.action.password_change_refused": "Passordbytte avvist (feil nåværende passord)",
    "audit.action.token_change": "API-nøkkel endret",
    "audit.action.api_call": "Kall til API-et",
    "audit.action.backup": "Sikkerhetskopi",
    "audit.action.restore": "Gjenoppretting fra sikkerhetskopi",
    # API tokens
    "tokens.name_is_person": "Navnet {name} tilhører en person. Velg et navn for tjenesten.",
    "tokens.exists": (
        "Tjenestekontoen {name} har allerede en gyldig nøkkel. Trekk den tilbake først "
        "(tokens revoke {name})."
    ),
    "tokens.bad_expiry": "Antall dager må være minst 1, ikke {days}.",
    "tokens.audit_created": "Ny API-nøkkel for {name} ({role}, enheter: {units})",
    "tokens.audit_revoked": "Trakk tilbake API-nøkkelen til {name}",
    "tokens.not_found": "Fant ingen gyldig API-nøkkel for «{name}».",
    "tokens.cli.help": "API-nøkler for tjenestekontoer",
    "tokens.cli.create_help": "Lag en nøkkel (vises bare én gang)",
    "tokens.cli.name_help": "Tjenestekontoens navn, f.eks. nattlig-import",
    "tokens.cli.expires_help": "Nøkkelen slutter å virke etter så mange dager",
    "tokens.cli.list_help": "Vis nøklene (aldri selve nøklene)",
    "tokens.cli.revoke_help": "Trekk tilbake en tjenestekontos nøkkel",
    "tokens.cli.created": "Ny API-nøkkel for {name} ({role}):",
    "tokens.cli.shown_once": (
        "Nøkkelen vises bare nå; bare et fingeravtrykk av den lagres. Gi den til tjenesten "
        "som KOMMUNE_TOKEN."
    ),
    "tokens.cli.revoked": "Nøkkelen til {name} er trukket tilbake.",
    "tokens.col.name": "Tjenestekonto",
    "tokens.col.role": "Rolle",
    "tokens.col.units": "Enheter",
    "tokens.col.created_at": "Laget",
    "tokens.col.created_by": "Laget av",
    "tokens.col.expires_at": "Utløper",
    "tokens.col.revoked_at": "Trukket tilbake",
    "tokens.col.last_used_at": "Sist brukt",
    "tokens.col.active": "Gyldig",
    "tokens.active.True": "ja",
    "tokens.active.False": "nei",
    # The HTTP API and the command line's side of it
    "api.system_only": (
        "Denne kommandoen kan bare kjøres på serveren selv (med appens lokale nøkkel), ikke "
        "med en API-nøkkel."
    ),
    "api.no_token": "Mangler eller ukjent API-nøkkel (Authorization: Bearer …).",
    "api.unknown_command": "Ukjent kommando «{command}».",
    "api.bad_job": "Forespørselen er ikke en gyldig jobb: {reason}",
    "api.too_large": "Forespørselen er større enn {limit} MB.",
    "api.store_busy": "Databasen er i bruk av en annen prosess. Prøv igjen om litt.",
    "api.client.no_token": (
        "Oppgi API-nøkkelen i miljøvariabelen KOMMUNE_TOKEN når du bruker --server eller "
        "KOMMUNE_URL."
    ),
    "api.client.bad_url": "«{url}» er ikke en adresse til appen (http:// eller https://).",
    "api.client.needs_https": (
        "API-nøkkelen sendes bare kryptert: bruk https:// for {url} (http:// bare til denne "
        "maskinen)."
    ),
    "api.client.unreachable": "Fikk ikke kontakt med appen på {url}: {reason}",
    "api.client.http_error": "HTTP-status {status}",
    "api.client.refused": "Appen på {url} avviste kommandoen: {message}",
    "api.client.write_failed": "Kunne ikke skrive {path}: {reason}",
    "cli.unexpected": (
        "Uventet feil (feil-ID {id}). Ingenting er halvveis lagret. Detaljene står i "
        "tjenerloggen under denne ID-en."
    ),
    "cli.unexpected_local": (
        "Uventet feil (feil-ID {id}). Ingenting er halvveis lagret. Detaljene står i {log}."
    ),
    # Backups
    "backup.cli.help": "Lag en sikkerhetskopi av databasen (mens appen kjører)",
    "backup.cli.out_help": "Mappen sikkerhetskopien skrives til",
    "backup.cli.keep_help": "Behold så mange av de nyeste kopiene i mappen (standard 14)",
    "backup.cli.restore_help": "Gjenopprett databasen fra en sikkerhetskopi",
    "backup.cli.file_help": "Sikkerhetskopien (.duckdb)",
    "backup.cli.force_help": "Overskriv en database som har data (den gamle tas vare på)",
    "backup.bad_keep": "--keep må være minst 1, ikke {keep}.",
    "backup.written": "Sikkerhetskopi skrevet til {path} ({size} MB).",
    "backup.pruned": "Slettet {count} eldre sikkerhetskopier; de {keep} nyeste er beholdt.",
    "backup.exists": "{path} finnes allerede. Ingenting er skrevet.",
    "backup.restore_refused": (
        "Databasen {path} har data ({held}). Gjenoppretting erstatter alt; bruk --force hvis "
        "det er meningen. Den nåværende filen blir da tatt vare på ved siden av."
    ),
    "backup.restored": "Gjenopprettet {path} fra {source}. Den forrige filen er lagret som {kept}.",
    "backup.count.users": "{count} brukere",
    "backup.count.uploads": "{count} opplastinger",
    "backup.count.organisation": "{count} ansvar",
    "backup.no_file": "Fant ikke sikkerhetskopien {path}.",
    "backup.not_a_database": "{path} er ikke en DuckDB-database.",
    "backup.not_ours": "{path} er ikke en database fra dette dashbordet.",
    "backup.newer": (
        "{path} er laget av en nyere versjon av dashbordet. Oppdater programmet før du "
        "gjenoppretter."
    ),
    # Errors on the page
    "error.unexpected": (
        "Noe gikk galt her (feil-ID {id}). Ingenting er halvveis lagret. Prøv igjen, eller gi "
        "feil-ID-en til en administrator; detaljene står i tjenerloggen."
    ),
    "store.busy_retrying": (
        "Databasen er i bruk av en kommandolinjejobb (PID {pid}). Siden prøver igjen av seg "
        "selv om noen sekunder."
    ),
    "export.toolbar_note": "Tabeller lastes ned med knappen under tabellen (Excel, logget).",
}
