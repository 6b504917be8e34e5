"""PDF documents (ReportLab) with an embedded Vietnamese font; built in memory, as bytes."""
