"""Last opp: upload a file, see what was recognised, confirm; templates; upload history."""

import streamlit as st

from analytics.core.errors import UserError
from analytics.core.texts import t
from analytics.imports import importer
from ui.context import current_view
from ui.upload import (
    PROGRAMME_KINDS,
    choose_options,
    forget_prepared,
    import_programme_file,
    prepare_once,
    show_history,
    show_mapping,
    show_preview,
    show_template_download,
)

view = current_view()
st.title(t("page.last_opp"))
st.caption(t("import.page.caption"))
upload_tab, template_tab, history_tab = st.tabs(
    [t("import.page.tab_upload"), t("import.page.tab_template"), t("import.page.tab_history")]
)

with upload_tab:
    if not view.access.may_write:
        st.info(t("import.page.read_only"))
    else:
        options = choose_options()
        upload = st.file_uploader(t("import.page.file"), type=["xlsx", "csv"], key="upload_file")
        if upload is not None and options.kind in PROGRAMME_KINDS:
            import_programme_file(view, upload.name, upload.getvalue(), options)
        elif upload is not None:
            attempt = prepare_once(view, upload.name, upload.getvalue(), options)
            if attempt.prepared is None:
                st.error(attempt.error, icon=":material/error:")
                if attempt.layout is not None:
                    show_mapping(view, attempt.layout)
            else:
                show_preview(attempt.prepared.preview)
                if st.button(t("import.page.confirm"), key="upload_confirm", type="primary"):
                    bar = st.progress(0.0)
                    try:
                        result = importer.commit_import(
                            view.store,
                            view.access,
                            attempt.prepared,
                            progress=lambda share, step: bar.progress(share, text=step),
                        )
                    except UserError as error:
                        st.error(str(error), icon=":material/error:")
                    else:
                        forget_prepared()
                        st.success(result.summary(), icon=":material/check_circle:")

with template_tab:
    show_template_download(view)

with history_tab:
    show_history(view)
