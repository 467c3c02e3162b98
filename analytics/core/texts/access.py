"""Texts of access: sign-in, users, roles, the audit log. Bokmål."""

NB: dict[str, str] = {
    "access.denied": "Du har ikke tilgang til dette utvalget.",
    "access.link_refused": "Lenken viser til noe du ikke har tilgang til. Du ser ditt eget utvalg.",
    "access.read_only": "Du har bare lesetilgang.",
    "access.write_denied": "Du kan ikke endre data for {count} av ansvarene i filen; de er ikke dine.",
    "access.admin_only": "Bare administratorer kan gjøre dette.",
    "access.no_units": (
        "Brukeren din har ingen enheter som finnes i organisasjonen. Be en administrator om hjelp."
    ),
    "admin.add_user": "Legg til bruker",
    "admin.audit_log": "Revisjonslogg",
    "admin.audit_setting": "{name}: {old} → {new}",
    "admin.bad_number": "Innstillingen {name} må være et tall, ikke «{value}». Ingenting er lagret.",
    "admin.setting_help": "Standard: {value} (innstillingen heter {name}).",
    "admin.password_set": "Nytt passord er satt for {name}.",
    "admin.remove_user": "Fjern bruker",
    "admin.removed": "Fjernet {name}.",
    "admin.reset_password": "Sett nytt passord",
    "admin.save_settings": "Lagre innstillinger",
    "admin.saved": "Innstillingene er lagret.",
    "admin.settings": "Innstillinger",
    "admin.unknown_setting": "Det finnes ingen innstilling som heter {name}.",
    "admin.user_added": "La til {name}.",
    "admin.users": "Brukere",
    "audit.action.export": "Eksport",
    "audit.action.settings_change": "Innstilling endret",
    "audit.action.sign_in": "Innlogging",
    "audit.action.sign_in_failed": "Mislykket innlogging",
    "audit.action.sign_in_locked": "Innlogging mens kontoen er låst",
    "audit.action.sign_out": "Utlogging",
    "audit.action.undo": "Angret opplasting",
    "audit.action.upload": "Opplasting",
    "audit.action.user_change": "Brukerendring",
    "audit.col.action": "Hva",
    "audit.col.actor": "Hvem",
    "audit.col.detail": "Detaljer",
    "audit.col.happened_at": "Tid",
    "auth.demo_accounts": (
        "Dette er demokontoer for den oppdiktede demokommunen. Passordene er offentlige og "
        "skal aldri brukes med ekte data."
    ),
    "auth.demo_passwords_left": (
        "Appen starter ikke: databasen har ekte data, men disse brukerne har fortsatt et "
        "offentlig demopassord: {names}. Gi dem nye passord med «python -m analytics users "
        "set-password NAVN», eller fjern dem med «python -m analytics users remove NAVN»."
    ),
    "auth.name": "Brukernavn",
    "auth.or_local": "Eller logg inn med brukernavn og passord:",
    "auth.password": "Passord",
    "auth.role": "Rolle",
    "auth.sign_in": "Logg inn",
    "auth.sign_out": "Logg ut",
    "auth.signed_in_as": "Innlogget som {name} ({role})",
    "auth.sso_sign_in": "Logg inn med kommunens pålogging",
    "auth.title": "Logg inn",
    "auth.unknown_email": (
        "Du er logget inn som {email}, men den e-postadressen har ingen bruker i dashbordet. "
        "Be en administrator om tilgang."
    ),
    "role.administrator": "Administrator",
    "role.director": "Kommunedirektør",
    "role.leader": "Leder",
    "role.budget_holder": "Budsjettansvarlig",
    "role.viewer": "Leser",
    "users.audit_added": "La til {name} ({role}, enheter: {units})",
    "users.audit_password": "Nytt passord for {name}",
    "users.audit_removed": "Fjernet {name}",
    "users.bad_email": "«{email}» er ikke en gyldig e-postadresse.",
    "users.bad_name": (
        "Brukernavnet «{name}» kan ikke brukes. Bruk 2–64 bokstaver, sifre, punktum, @, _ eller -."
    ),
    "users.bad_role": "Ukjent rolle «{role}». Gyldige roller: {roles}.",
    "users.cannot_remove_self": "Du kan ikke fjerne din egen bruker.",
    "users.cli.add_help": "Legg til en bruker (passordet leses fra standard inn)",
    "users.cli.added": "La til {name} ({role}).",
    "users.cli.audit_help": "Vis revisjonsloggen (nyeste først)",
    "users.cli.help": "Brukere og roller",
    "users.cli.list_help": "Vis alle brukere",
    "users.cli.no_password_help": "Bare innlogging med kommunens pålogging (krever --email)",
    "users.cli.password_again": "Gjenta passordet: ",
    "users.cli.password_mismatch": "Passordene var ikke like. Ingenting er endret.",
    "users.cli.password_prompt": "Nytt passord: ",
    "users.cli.password_set": "Nytt passord er satt for {name}.",
    "users.cli.remove_help": "Fjern en bruker",
    "users.cli.removed": "Fjernet {name}.",
    "users.cli.role_help": "administrator, director, leader, budget_holder eller viewer",
    "users.cli.set_password_help": "Sett nytt passord (leses fra standard inn)",
    "users.cli.units_help": "Kommaseparerte sektor-, enhets- eller ansvarskoder",
    "users.col.created_at": "Opprettet",
    "users.col.demo_password": "demopassord",
    "users.col.has_password": "Passord",
    "users.col.email": "E-post",
    "users.col.has_password.False": "nei",
    "users.col.has_password.True": "ja",
    "users.col.is_demo": "Demo",
    "users.col.name": "Brukernavn",
    "users.col.role": "Rolle",
    "users.col.units": "Enheter",
    "users.demo_summary": "{count} demobrukere",
    "users.demo_unit_missing": "Demo-organisasjonen mangler en enhet for demobrukeren {name}.",
    "users.email_taken": "E-postadressen {email} tilhører allerede en annen bruker.",
    "users.exists": "Brukeren {name} finnes allerede.",
    "users.locked": (
        "For mange mislykkede innlogginger. Vent {minutes} minutter og prøv igjen, eller be en "
        "administrator om hjelp."
    ),
    "users.needs_password_or_email": (
        "En bruker trenger passord, eller e-post for innlogging med kommunens pålogging."
    ),
    "users.not_found": "Fant ingen bruker med navnet «{name}».",
    "users.password_too_short": "Passordet må ha minst {length} tegn.",
    "users.sign_in_failed": "Feil brukernavn eller passord.",
    "users.units_not_for_role": "Rollen {role} ser hele kommunen og skal ikke ha enheter.",
    "users.units_required": "Rollen {role} trenger minst én enhet (sektor-, enhets- eller ansvarskode).",
    "users.unknown_actor": "ukjent",
    "users.unknown_units": "Disse kodene finnes ikke i organisasjonen: {codes}.",
}
