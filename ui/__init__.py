"""Streamlit helpers shared by the pages: the view context, the sidebar, banners, downloads."""
