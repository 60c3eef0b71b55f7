"""Put the outputs saved by docs/examples/tutorial.sh (build/tutorial/NN.txt) into docs/tutorial.md.

Each fenced block of the tutorial whose first line is ``$ COMMAND`` for a command the script ran gets
that command's saved output (trailing blanks removed, the script's "(exit status N)" line dropped).
Blocks for commands the script does not run are left alone; the script reports them.

    sh docs/examples/tutorial.sh && python3 docs/examples/sync_tutorial.py
"""

import re
import sys
from pathlib import Path

TUTORIAL = Path("docs/tutorial.md")
OUTPUTS = Path("build/tutorial")
BLOCK = re.compile(r"^```\n(\$ [^\n]*)\n(.*?)^```$", re.S | re.M)


def key(command: str) -> str:
    text = command.removeprefix("$ ").removeprefix("sh -c ").strip('"')
    return " ".join(text.replace("\\\n", " ").split())


def saved() -> dict[str, str]:
    outputs = {}
    for path in sorted(OUTPUTS.glob("*.txt")):
        first, _, rest = path.read_text().partition("\n")
        lines = [line.rstrip() for line in rest.splitlines()]
        if lines and lines[-1].startswith("(exit status "):
            lines.pop()
        outputs[key(first)] = "\n".join(lines)
    return outputs


def main() -> int:
    outputs = saved()
    text = TUTORIAL.read_text()
    missing = []

    def replace(match: re.Match) -> str:
        command = match.group(1)
        if key(command) not in outputs:
            missing.append(command)
            return match.group(0)
        return f"```\n{command}\n{outputs[key(command)]}\n```"

    TUTORIAL.write_text(BLOCK.sub(replace, text))
    for command in missing:
        print(f"not run by tutorial.sh (left as is): {command}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
