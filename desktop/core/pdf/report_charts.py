"""The report's two charts: cases by field and result, and cases received and ended over twelve
months. Counts are whole numbers: the value axis steps by whole numbers, and a chart with
nothing to count says so in words instead of drawing an empty axis."""

import math

from reportlab.graphics.charts.barcharts import BarChart, HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors

from desktop.core.mediation import wording as case_labels
from desktop.core.monthly_report.model import Report
from desktop.core.pdf.styles import styles
from desktop.core.text import format_number

GREEN, RED, BLUE = colors.HexColor("#2e7d32"), colors.HexColor("#c62828"), colors.HexColor("#1565c0")
WIDTH = 510
NICE_STEPS = (1, 2, 5)  # times a power of ten
MOST_TICKS = 6
NO_CASES_IN_PERIOD = "Không có vụ việc trong kỳ"
NO_CASES_IN_TWELVE_MONTHS = "Không có vụ việc trong 12 tháng"


def whole_step(top: int) -> int:
    """The smallest whole step of 1, 2 or 5 times a power of ten that reaches `top` in at most
    six ticks."""
    power = 1
    while True:
        for nice in NICE_STEPS:
            if math.ceil(top / (nice * power)) <= MOST_TICKS:
                return nice * power
        power *= 10


def _whole_number_axis(chart: BarChart, top: int) -> None:
    step = whole_step(top)
    axis = chart.valueAxis
    axis.valueMin, axis.valueStep = 0, step
    axis.valueMax = step * math.ceil(top / step)
    axis.labelTextFormat = lambda value: format_number(round(value))


def _fonts(chart: BarChart) -> None:
    for labels in (chart.categoryAxis.labels, chart.valueAxis.labels):
        labels.fontName, labels.fontSize = styles().body.fontName, 7


def _nothing_to_count(height: float, words: str) -> Drawing:
    """A framed line of words where the chart would be."""
    drawing = Drawing(WIDTH, height)
    drawing.add(Rect(0, 0, WIDTH, height, strokeColor=colors.lightgrey, fillColor=None,
                     strokeWidth=0.5))
    drawing.add(String(WIDTH / 2, height / 2 - 4, words, fontName=styles().body.fontName,
                       fontSize=10, textAnchor="middle", fillColor=colors.dimgrey))
    return drawing


def _legend(y: float, pairs: list) -> Legend:
    legend = Legend()
    legend.x, legend.y, legend.fontName, legend.fontSize = 150, y, styles().body.fontName, 7
    legend.colorNamePairs = pairs
    legend.columnMaximum, legend.deltax, legend.alignment = 1, 80, "right"
    return legend


def category_chart(report: Report) -> Drawing:
    """Per field of Decree 15 Art. 5(1): received, thành, không thành (bars across, so the
    fields' names are read in full on the left)."""
    categories = list(report.by_scope_category)
    # A group's first bar is drawn lowest: "received" comes last to stand on top.
    data = [[report.by_scope_category[c][k] for c in categories]
            for k in ("unsuccessful", "successful", "received")]
    top = max((value for series in data for value in series), default=0)
    if top == 0:
        return _nothing_to_count(40, NO_CASES_IN_PERIOD)
    height = 24 * len(categories)
    drawing = Drawing(WIDTH, height + 40)
    chart = HorizontalBarChart()
    chart.x, chart.y, chart.width, chart.height = 150, 15, 340, height
    chart.data = data
    chart.categoryAxis.categoryNames = [case_labels.SCOPE_SHORT.get(c, c) for c in categories]
    chart.categoryAxis.reverseDirection = 1  # the first field at the top, as in the tables
    chart.categoryAxis.labels.boxAnchor = "e"
    _fonts(chart)
    _whole_number_axis(chart, top)
    for index, colour in enumerate((RED, GREEN, BLUE)):
        chart.bars[index].fillColor = colour
    drawing.add(chart)
    drawing.add(_legend(height + 32, [(BLUE, "Tiếp nhận"), (GREEN, "Thành"),
                                      (RED, "Không thành")]))
    return drawing


def trend_chart(report: Report) -> Drawing:
    """Cases received and ended in each of the last twelve months."""
    data = [[m["received"] for m in report.trend], [m["ended"] for m in report.trend]]
    top = max((value for series in data for value in series), default=0)
    if top == 0:
        return _nothing_to_count(40, NO_CASES_IN_TWELVE_MONTHS)
    drawing = Drawing(WIDTH, 150)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 40, 20, 450, 105
    chart.data = data
    chart.categoryAxis.categoryNames = [f"{m['month'][5:]}/{m['month'][2:4]}" for m in report.trend]
    _fonts(chart)
    _whole_number_axis(chart, top)
    chart.bars[0].fillColor, chart.bars[1].fillColor = BLUE, GREEN
    drawing.add(chart)
    drawing.add(_legend(142, [(BLUE, "Tiếp nhận"), (GREEN, "Kết thúc")]))
    return drawing
