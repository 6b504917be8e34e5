"""Table cells as plain text broken into lines beforehand, which a table draws without paragraphs."""

from reportlab.pdfbase.pdfmetrics import stringWidth


def _split_long_word(word: str, room: float, font_name: str, font_size: float) -> list[str]:
    """Cut a word wider than its column into pieces that fit, as a paragraph would."""
    pieces, current = [], ""
    for character in word:
        if current and stringWidth(current + character, font_name, font_size) > room:
            pieces.append(current)
            current = ""
        current += character
    return pieces + [current]


def _break_line(line: str, room: float, font_name: str, font_size: float) -> list[str]:
    """Greedy word wrap of one line; white space runs collapse to one space as in a paragraph."""
    space = stringWidth(" ", font_name, font_size)
    broken: list[str] = []
    words: list[str] = []
    used = 0.0
    for word in line.split():
        width = stringWidth(word, font_name, font_size)
        if width > room:
            *whole, word = _split_long_word(word, room, font_name, font_size)
            if words:
                broken.append(" ".join(words))
            broken.extend(whole)
            words, used = [], 0.0
            width = stringWidth(word, font_name, font_size)
        if words and used + space + width > room:
            broken.append(" ".join(words))
            words, used = [], 0.0
        used += (space if words else 0.0) + width
        words.append(word)
    return broken + [" ".join(words)] if words or not broken else broken


def broken_cell_text(lines: list[str], room: float, font_name: str, font_size: float) -> str:
    """The lines joined by newlines, each broken to fit `room` points: a table draws such a
    string line by line with its own font, several times faster than it lays out a paragraph."""
    return "\n".join(piece for line in lines
                     for piece in _break_line(line, room, font_name, font_size))
