"""ReportLab renderers: official documents and reports drawn from values already computed."""
