"""Every column of every table has a data class (R-PRIV-03)."""

import pytest
from sqlalchemy import Column, MetaData, String, Table

from db.models import Base
from desktop.core.privacy.classification import CLASSIFICATION, DataClass, data_class


def unclassified(metadata) -> list[str]:
    return [f"{table.name}.{column.name}" for table in metadata.tables.values()
            for column in table.columns
            if column.name not in CLASSIFICATION.get(table.name, {})]


def test_every_column_is_classified_and_nothing_stale():
    assert unclassified(Base.metadata) == []
    known = {(t.name, c.name) for t in Base.metadata.tables.values() for c in t.columns}
    registered = {(t, c) for t, columns in CLASSIFICATION.items() for c in columns}
    assert registered - known == set()


def test_a_new_column_without_a_class_fails_the_check():
    metadata = MetaData()
    for table in Base.metadata.tables.values():
        table.to_metadata(metadata)
    Table("case_party", metadata, Column("phone", String(20)), extend_existing=True)
    assert unclassified(metadata) == ["case_party.phone"]


@pytest.mark.parametrize(("table", "column", "expected"), [
    ("case_party", "full_name", DataClass.SENSITIVE), ("observation_note", "summary",
                                                       DataClass.SENSITIVE),
    ("member", "full_name", DataClass.BASIC), ("team", "name", DataClass.NON_PERSONAL)])
def test_examples(table, column, expected):
    assert data_class(table, column) == expected
