"""Texts of access: sign-in, users, roles, the audit log. North Sami.

The command `python -m analytics users …`, the role codes (administrator, director, leader,
budget_holder, viewer) and the placeholder NAMMA in a command stay as typed.
"""

SE: dict[str, str] = {
    "access.denied": "Dus ii leat beassan dán válljemii.",
    "access.link_refused": "Liŋka čujuha dasa masa dus ii leat beassan. Don oainnát iežat válljema.",
    "access.read_only": "Don sáhtát dušše lohkat.",
    "access.write_denied": "Fiilla ovddasvástádusain {count} eai leat du: dain it sáhte rievdadit dieđuid.",
    "access.admin_only": "Dušše hálddašeaddjit sáhttet dán dahkat.",
    "access.no_units": (
        "Du geavaheaddjis eai leat ovttadagat mat gávdnojit organisašuvnnas. Bivdde "
        "hálddašeaddji veahkehit."
    ),
    "admin.add_user": "Lasit geavaheaddji",
    "admin.audit_log": "Dárkkistanlogga",
    "admin.audit_setting": "{name}: {old} → {new}",
    "admin.bad_number": "Ásahus {name} galgá leat lohku, ii «{value}». Mihkkege ii leat vurkejuvvon.",
    "admin.setting_help": "Standárda: {value} (ásahusa namma lea {name}).",
    "admin.password_set": "Ođđa beassansátni lea biddjon geavaheaddjái {name}.",
    "admin.remove_user": "Sihko geavaheaddji",
    "admin.removed": "{name} lea sihkkojuvvon.",
    "admin.reset_password": "Bija ođđa beassansáni",
    "admin.save_settings": "Vurket ásahusaid",
    "admin.saved": "Ásahusat leat vurkejuvvon.",
    "admin.settings": "Ásahusat",
    "admin.unknown_setting": "Ii gávdno ásahus man namma lea {name}.",
    "admin.user_added": "{name} lea lasihuvvon.",
    "admin.users": "Geavaheaddjit",
    "audit.action.export": "Eksporta",
    "audit.action.settings_change": "Ásahus rievdaduvvon",
    "audit.action.sign_in": "Sisačáliheapmi",
    "audit.action.sign_in_failed": "Sisačáliheapmi ii lihkostuvvan",
    "audit.action.sign_in_locked": "Sisačáliheapmi go konto lea lohkkašuvvon",
    "audit.action.sign_out": "Olggosčáliheapmi",
    "audit.action.undo": "Sáddejupmi gomihuvvon",
    "audit.action.upload": "Sáddejupmi",
    "audit.action.user_change": "Geavaheaddjirievdadus",
    "audit.col.action": "Mii",
    "audit.col.actor": "Gii",
    "audit.col.detail": "Bienat",
    "audit.col.happened_at": "Áigi",
    "auth.demo_accounts": (
        "Dát leat demokontot hutkojuvvon demogildii. Beassansánit leat almmolaččat, ja daid ii "
        "galgga goassege geavahit duođalaš dieđuiguin."
    ),
    "auth.demo_passwords_left": (
        "Áppa ii álgga: diehtovuođus leat duođalaš dieđut, muhto dáin geavaheddjiin lea ain "
        "almmolaš demobeassansátni: {names}. Atte sidjiide ođđa beassansániid «python -m "
        "analytics users set-password NAMMA» bokte, dahje sihko sin «python -m analytics users "
        "remove NAMMA» bokte."
    ),
    "auth.name": "Geavaheaddjinamma",
    "auth.or_local": "Dahje čálit sisa geavaheaddjinamain ja beassansániin:",
    "auth.password": "Beassansátni",
    "auth.role": "Rolla",
    "auth.sign_in": "Čálit sisa",
    "auth.sign_out": "Čálit olggos",
    "auth.signed_in_as": "Sisačálihuvvon: {name} ({role})",
    "auth.sso_sign_in": "Čálit sisa gieldda sisačálihemiin",
    "auth.title": "Čálit sisa",
    "auth.unknown_email": (
        "Don leat čálihan sisa e-poastačujuhusain {email}, muhto dan čujuhussii ii leat "
        "geavaheaddji dashboardas. Bivdde hálddašeaddjis beassama."
    ),
    "role.administrator": "Hálddašeaddji",
    "role.director": "Gielddadirektevra",
    "role.leader": "Jođiheaddji",
    "role.budget_holder": "Bušeahttaovddasvástideaddji",
    "role.viewer": "Lohkki",
    "role.politician": "Politihkkár",
    "users.audit_added": "Lasihuvvon {name} ({role}, ovttadagat: {units})",
    "users.audit_password": "Ođđa beassansátni geavaheaddjái {name}",
    "users.audit_removed": "Sihkkojuvvon {name}",
    "users.bad_email": "«{email}» ii leat dohkálaš e-poastačujuhus.",
    "users.bad_name": (
        "Geavaheaddjinama «{name}» ii sáhte geavahit. Geavat 2–64 mearkka: bustávaid, "
        "nummiriid, čuoggá, @, _ dahje -."
    ),
    "users.bad_role": "Dovdameahttun rolla «{role}». Dohkálaš rollat: {roles}.",
    "users.cannot_remove_self": "Don it sáhte sihkkut iežat geavaheaddji.",
    "users.cli.add_help": "Lasit geavaheaddji (beassansátni lohkkojuvvo standárdsisabuktimis, stdin)",
    "users.cli.added": "{name} ({role}) lea lasihuvvon.",
    "users.cli.audit_help": "Čájet dárkkistanlogga (ođđaseamos vuosttažin)",
    "users.cli.help": "Geavaheaddjit ja rollat",
    "users.cli.list_help": "Čájet buot geavaheddjiid",
    "users.cli.no_password_help": "Dušše sisačáliheapmi gieldda sisačálihemiin (gáibida --email)",
    "users.cli.password_again": "Čále beassansáni ođđasit: ",
    "users.cli.password_mismatch": "Beassansánit eai lean seammaláganat. Mihkkege ii leat rievdaduvvon.",
    "users.cli.password_prompt": "Ođđa beassansátni: ",
    "users.cli.password_set": "Ođđa beassansátni lea biddjon geavaheaddjái {name}.",
    "users.cli.remove_help": "Sihko geavaheaddji",
    "users.cli.removed": "{name} lea sihkkojuvvon.",
    "users.cli.role_help": "administrator, director, leader, budget_holder dahje viewer",
    "users.cli.set_password_help": "Bija ođđa beassansáni (lohkkojuvvo standárdsisabuktimis, stdin)",
    "users.cli.units_help": "Suorggi-, ovttadat- dahje ovddasvástáduskodat rihkkumiin sirrejuvvon",
    "users.col.created_at": "Ráhkaduvvon",
    "users.col.demo_password": "demobeassansátni",
    "users.col.has_password": "Beassansátni",
    "users.col.email": "E-poasta",
    "users.col.has_password.False": "ii",
    "users.col.has_password.True": "juo",
    "users.col.is_demo": "Demo",
    "users.col.name": "Geavaheaddjinamma",
    "users.col.role": "Rolla",
    "users.col.units": "Ovttadagat",
    "users.demo_summary": "{count} demogeavaheaddji",
    "users.demo_unit_missing": "Demoorganisašuvnnas váilu ovttadat demogeavaheaddjái {name}.",
    "users.email_taken": "E-poastačujuhus {email} gullá juo eará geavaheaddjái.",
    "users.exists": "Geavaheaddji {name} gávdno juo.",
    "users.locked": (
        "Menddo máŋga sisačálihanačcaleami eai lihkostuvvan. Vuordde {minutes} minuhta ja geahččal "
        "ođđasit, dahje bivdde hálddašeaddji veahkehit."
    ),
    "users.needs_password_or_email": (
        "Geavaheaddji dárbbaša beassansáni, dahje e-poastačujuhusa jus galgá čálihit sisa "
        "gieldda sisačálihemiin."
    ),
    "users.not_found": "Ii gávdnon geavaheaddji man namma lea «{name}».",
    "users.password_too_short": "Beassansánis galget leat unnimusat {length} mearkka.",
    "users.sign_in_failed": "Boasttu geavaheaddjinamma dahje beassansátni.",
    "users.units_not_for_role": "Rolla {role} oaidná olles gieldda, ja dasa eai galgga leat ovttadagat.",
    "users.units_required": "Rolla {role} dárbbaša unnimusat ovtta ovttadaga (suorggi-, ovttadat- dahje ovddasvástáduskoda).",
    "users.unknown_actor": "dovdameahttun",
    "users.unknown_units": "Dát kodat eai gávdno organisašuvnnas: {codes}.",
}
