"""Texts of the server: sign-in page, sessions, the HTTP API, tokens, backups. North Sami.

Commands and options (`python -m analytics tokens create NAMMA --role …`, --force, --keep,
--server), environment variables (KOMMUNE_TOKEN, KOMMUNE_URL), the HTTP header
(Authorization: Bearer …) and the example name nattlig-import stay as typed.
"""

SE: dict[str, str] = {
    # Why a sign-in no longer works (shown on the sign-in page)
    "auth.reason.signed_out": "Don leat čálihan olggos.",
    "auth.reason.expired": "Sisačáliheapmi lea nohkan. Čálit sisa ođđasit.",
    "auth.reason.password_changed": "Du beassansátni lea rievdaduvvon. Čálit sisa ođđasit.",
    "auth.reason.account_changed": (
        "Hálddašeaddji lea rievdadan du rolla dahje du ovttadagaid. Čálit sisa ođđasit."
    ),
    "auth.reason.account_removed": "Du geavaheaddji ii gávdno šat.",
    "auth.reason.unknown": "Čálit sisa vai oainnát dashboarda.",
    "auth.audit_ended_others": "Loahpahuvvon {count} eará sisačáliheami",
    "auth.sign_in_again": "Čálit sisa",
    "auth.not_signed_in": "Don it leat čálihan sisa.",
    "auth.sso_sign_out": "Čálit olggos gieldda sisačálihemis",
    "auth.origin_refused": (
        "Sisačáliheapmi bođii eará neahttasiiddus go dashboardas, ja dat hilgojuvvui. Rabas "
        "dashboarda ja čálit sisa doppe."
    ),
    "auth.page_title": "Čálit sisa – {municipality}",
    "auth.demo_heading": "Demokontot",
    "auth.store_busy": (
        "Gohččunlinnjábargu geavaha diehtovuođu dál. Siidu geahččala ođđasit moadde sekundda "
        "geažes."
    ),
    # Own account
    "account.page": "Mu konto",
    "account.change_password": "Molsut beassansáni",
    "account.old_password": "Dálá beassansátni",
    "account.new_password": "Ođđa beassansátni",
    "account.new_password_again": "Ođđa beassansátni ođđasit",
    "account.password_help": (
        "Unnimusat {length} mearkka. Demobeassansánit leat buohkaide dovdosat, ja daid ii sáhte "
        "geavahit."
    ),
    "account.passwords_differ": (
        "Guokte ođđa beassansáni eai leat seammaláganat. Mihkkege ii leat rievdaduvvon."
    ),
    "account.password_changed": (
        "Beassansátni lea molsojuvvon. Don leat čálihuvvon olggos buot eará báikkiin."
    ),
    "account.single_sign_on_only": (
        "Don čálihat sisa gieldda sisačálihemiin, ja dus ii leat iežat beassansátni dáppe."
    ),
    "account.sessions": "Sisačáliheamit",
    "account.sessions_open": "Don leat čálihan sisa {count} báikkis (maiddái dáppe).",
    "account.end_others": "Čálit olggos buot eará báikkiin",
    "account.others_ended": "Čálihuvvon olggos {count} eará báikkis.",
    "account.who": "Don leat {name}, {role}.",
    "account.units": "Ovttadagat: {units}",
    # Users, as administrators run them
    "users.password_published": (
        "Dat beassansátni lea okta demobeassansániin, mat čuožžot bagadusas. Vállje eará."
    ),
    "users.audit_from": "čujuhusas {address}",
    "users.alert": (
        "{attempts} lihkostuvakeahtes sisačálihanačcaleami geavaheaddjái «{name}» {addresses} "
        "čujuhusas maŋimuš {minutes} minuhtas"
    ),
    "users.no_local_password": (
        "Du geavaheaddjis ii leat iežas beassansátni (dušše gieldda sisačáliheapmi)."
    ),
    "users.old_password_wrong": "Dálá beassansátni ii leat riekta. Mihkkege ii leat rievdaduvvon.",
    "users.password_unchanged": "Ođđa beassansátni lea seamma go boares.",
    "users.cannot_demote_self": (
        "Don it sáhte váldit iežat hálddašeaddjirolla eret. Bivdde eará hálddašeaddji."
    ),
    "users.audit_changed": "{name}: rolla {old_role} → {role}, ovttadagat {old_units} → {units}",
    "users.is_service_account": "Nama {name} geavaha bálvaluskonto (API-čoavdda).",
    "admin.edit_user": "Rievdat rolla ja ovttadagaid",
    "admin.user_changed": "{name} lea rievdaduvvon. Olmmoš ferte čálihit sisa ođđasit.",
    "admin.tokens": "API-čoavddat",
    "admin.tokens_help": (
        "Bálvaluskontoid čoavddat (ovdamearkka dihte ijaš sisalohkamii) ráhkaduvvojit bálvvás "
        "`python -m analytics tokens create NAMMA --role …` bokte. Dáppe daid sáhttá geassit "
        "ruovttoluotta."
    ),
    "admin.revoke_token": "Geassit čoavdda ruovttoluotta",
    "admin.token_revoked": "{name} čoavdda lea gessojuvvon ruovttoluotta.",
    "admin.no_tokens": "Eai leat ráhkaduvvon API-čoavddat.",
    "admin.alerts": "Sisačálihanvárrehusat",
    "goals.sign_in_alerts": (
        "Geardduhuvvon lihkostuvakeahtes sisačálihanačcaleamit maŋimuš jándoris (dárkkistanlogga):"
    ),
    "audit.action.sign_in_alert": "Várrehus: geardduhuvvon lihkostuvakeahtes sisačálihanačcaleamit",
    "audit.action.password_change_refused": (
        "Beassansáni molsun hilgojuvvon (boasttu dálá beassansátni)"
    ),
    "audit.action.token_change": "API-čoavdda rievdaduvvon",
    "audit.action.api_call": "API-gohččun",
    "audit.action.backup": "Sihkarvuođakopiija",
    "audit.action.restore": "Máhcaheapmi sihkarvuođakopiijas",
    # API tokens
    "tokens.name_is_person": "Namma {name} gullá olbmui. Vállje bálvalussii eará nama.",
    "tokens.exists": (
        "Bálvaluskontos {name} lea juo gustovaš čoavdda. Geasse dan ruovttoluotta vuos "
        "(tokens revoke {name})."
    ),
    "tokens.bad_expiry": "Beaivviid lohku ferte leat unnimusat 1, ii {days}.",
    "tokens.audit_created": "Ođđa API-čoavdda: {name} ({role}, ovttadagat: {units})",
    "tokens.audit_revoked": "API-čoavdda gessojuvvon ruovttoluotta: {name}",
    "tokens.not_found": "Ii gávdnon gustovaš API-čoavdda «{name}» várás.",
    "tokens.cli.help": "Bálvaluskontoid API-čoavddat",
    "tokens.cli.create_help": "Ráhkat čoavdda (čájehuvvo dušše oktii)",
    "tokens.cli.name_help": "Bálvaluskonto namma, omd. nattlig-import",
    "tokens.cli.expires_help": "Čoavdda nohká nu máŋgga beaivve geažes",
    "tokens.cli.list_help": "Čájet čoavddaid (goassege ii čoavddaid alddiset)",
    "tokens.cli.revoke_help": "Geasse bálvaluskonto čoavdda ruovttoluotta",
    "tokens.cli.created": "Ođđa API-čoavdda: {name} ({role}):",
    "tokens.cli.shown_once": (
        "Čoavdda čájehuvvo dušše dál; dušše dan suorbmamearka vurkejuvvo. Atte dan bálvalussii "
        "KOMMUNE_TOKEN-árvun."
    ),
    "tokens.cli.revoked": "{name} čoavdda lea gessojuvvon ruovttoluotta.",
    "tokens.col.name": "Bálvaluskonto",
    "tokens.col.role": "Rolla",
    "tokens.col.units": "Ovttadagat",
    "tokens.col.created_at": "Ráhkaduvvon",
    "tokens.col.created_by": "Ráhkadii",
    "tokens.col.expires_at": "Nohká",
    "tokens.col.revoked_at": "Gessojuvvon ruovttoluotta",
    "tokens.col.last_used_at": "Maŋimuš geavahuvvon",
    "tokens.col.active": "Gustovaš",
    "tokens.active.True": "juo",
    "tokens.active.False": "ii",
    # The HTTP API and the command line's side of it
    "api.system_only": (
        "Dán gohččuma sáhttá vuodjit dušše bálvvás alddis (ápa báikkálaš čoavddain), ii "
        "API-čoavddain."
    ),
    "api.no_token": "API-čoavdda váilu dahje lea dovdameahttun (Authorization: Bearer …).",
    "api.unknown_command": "Dovdameahttun gohččun «{command}».",
    "api.bad_job": "Bivdda ii leat gustovaš bargu: {reason}",
    "api.too_large": "Bivdda lea stuorát go {limit} MB.",
    "api.store_busy": "Eará proseassa geavaha diehtovuođu. Geahččal ođđasit veaháš maŋŋelis.",
    "api.client.no_token": (
        "Čále API-čoavdda birasvariábelii KOMMUNE_TOKEN go geavahat --server dahje KOMMUNE_URL."
    ),
    "api.client.bad_url": "«{url}» ii leat ápa čujuhus (http:// dahje https://).",
    "api.client.needs_https": (
        "API-čoavdda sáddejuvvo dušše krypterejuvvon: geavat https:// čujuhussii {url} (http:// "
        "dušše dán mašiidnii)."
    ),
    "api.client.unreachable": "Ii beassan oktavuhtii ápain čujuhusas {url}: {reason}",
    "api.client.http_error": "HTTP-stáhtus {status}",
    "api.client.refused": "Áppa čujuhusas {url} hilggui gohččuma: {message}",
    "api.client.write_failed": "Ii sáhttán čállit {path}: {reason}",
    "cli.unexpected": (
        "Vurdemeahttun meattáhus (meattáhus-ID {id}). Mihkkege ii leat vurkejuvvon "
        "beallelaččat. Bienat leat bálvaloggas seamma ID vuolde."
    ),
    "cli.unexpected_local": (
        "Vurdemeahttun meattáhus (meattáhus-ID {id}). Mihkkege ii leat vurkejuvvon "
        "beallelaččat. Bienat leat fiillas {log}."
    ),
    # Backups
    "backup.cli.help": "Ráhkat diehtovuođu sihkarvuođakopiija (go áppa lea jođus)",
    "backup.cli.out_help": "Máhppa gosa sihkarvuođakopiija čállojuvvo",
    "backup.cli.keep_help": "Bisut nu máŋga ođđaseamos kopiija máhpas (standárda 14)",
    "backup.cli.restore_help": "Máhcat diehtovuođu sihkarvuođakopiijas",
    "backup.cli.file_help": "Sihkarvuođakopiija (.duckdb)",
    "backup.cli.force_help": "Čále badjel diehtovuođu mas leat dieđut (boares vurkejuvvo)",
    "backup.bad_keep": "--keep ferte leat unnimusat 1, ii {keep}.",
    "backup.written": "Sihkarvuođakopiija čállojuvvon: {path} ({size} MB).",
    "backup.pruned": (
        "Sihkkojuvvon {count} boarráset sihkarvuođakopiija; {keep} ođđaseamos leat bisuhuvvon."
    ),
    "backup.exists": "{path} gávdno juo. Mihkkege ii leat čállojuvvon.",
    "backup.restore_refused": (
        "Diehtovuođus {path} leat dieđut ({held}). Máhcaheapmi buhtte buot; geavat --force jus "
        "dat lea áigumuš. Dálá fiila vurkejuvvo dalle dan bálddas."
    ),
    "backup.restored": (
        "{path} lea máhcahuvvon fiillas {source}. Ovddit fiila lea vurkejuvvon namain {kept}."
    ),
    "backup.count.users": "{count} geavaheaddji",
    "backup.count.uploads": "{count} sáddejumi",
    "backup.count.organisation": "{count} ovddasvástádusa",
    "backup.no_file": "Sihkarvuođakopiija {path} ii gávdnon.",
    "backup.not_a_database": "{path} ii leat DuckDB-diehtovuođđu.",
    "backup.not_ours": "{path} ii leat dán dashboarda diehtovuođđu.",
    "backup.newer": (
        "{path} lea ráhkaduvvon dashboarda ođđasit veršuvnnain. Ođasmahte prográmma ovdal go "
        "máhcahat."
    ),
    # Errors on the page
    "error.unexpected": (
        "Juoga manai boasttut dás (meattáhus-ID {id}). Mihkkege ii leat vurkejuvvon "
        "beallelaččat. Geahččal ođđasit, dahje atte meattáhus-ID hálddašeaddjái; bienat leat "
        "bálvaloggas."
    ),
    "store.busy_retrying": (
        "Gohččunlinnjábargu geavaha diehtovuođu (PID {pid}). Siidu geahččala ođđasit ieš moadde "
        "sekundda geažes."
    ),
    "export.toolbar_note": "Tabeallat viežžojuvvojit boaluin tabealla vuolde (Excel, loggejuvvon).",
}
