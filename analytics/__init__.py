"""All computation and storage of the dashboard. Importable without Streamlit."""
