"""JSON with arrays of plain values on one line, so a file reads like the tables it transcribes."""
import json
import re


def dumps(obj):
    text = json.dumps(obj, ensure_ascii=False, indent=1)
    return re.sub(r"\[\n\s+([^\[\]{}]*?)\n\s+\]", lambda m: "[" + re.sub(r",\n\s+", ", ", m.group(1)) + "]", text) + "\n"
