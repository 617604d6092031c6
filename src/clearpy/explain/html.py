"""``clearpy explain FILE --html OUT``: the whole journey as one web page.

The page is self-contained: its styles and its script are inside it, it
loads nothing from the network, so it works offline and can be sent as one
file. Each step of the journey becomes a section. A step that has an
``html(journey)`` function writes its own HTML (the execution step adds a
stepper); the others are drawn exactly as in the terminal: their ``show()``
prints to a recording rich console, which rich exports as HTML with the
colors inline.
"""

import html as html_escaping
import io

from rich.console import Console

from clearpy.explain import Journey, steps

# Width of the recorded console, in characters (the page scrolls wider blocks).
WIDTH = 110

PAGE_STYLE = """
body { font-family: system-ui, sans-serif; max-width: 78rem; margin: 2rem auto; padding: 0 1rem;
       color: #1d1d1f; background: #fdfdfd; line-height: 1.45; }
h1 { font-size: 1.6rem; } h2 { border-bottom: 2px solid #ddd; padding-bottom: .2rem; margin-top: 2.5rem; }
nav a { margin-right: 1rem; }
pre.console { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: .82rem;
              background: #fff; border: 1px solid #e3e3e3; padding: .8rem; overflow-x: auto;
              line-height: 1.3; }
"""


def escape(text: str) -> str:
    return html_escaping.escape(text, quote=True)


def console_html(render, width: int = WIDTH) -> str:
    """What ``render(console)`` prints, as an HTML ``<pre>`` block with inline colors."""
    console = Console(record=True, width=width, file=io.StringIO(), force_terminal=True,
                      color_system="truecolor")
    render(console)
    return console.export_html(inline_styles=True, code_format='<pre class="console">{code}</pre>')


def step_html(step, journey: Journey) -> str:
    """One step's section body."""
    own = getattr(step, "html", None)
    if own is not None:
        return own(journey)
    return console_html(lambda console: step.show(journey, console))


def journey_html(journey: Journey) -> str:
    """The whole page."""
    modules = steps()
    sections, links = [], []
    for number, step in enumerate(modules, start=1):
        anchor = f"step-{number}"
        links.append(f'<a href="#{anchor}">{number}. {escape(step.TITLE)}</a>')
        sections.append(f'<section id="{anchor}"><h2>{number}. {escape(step.TITLE)}</h2>\n'
                        f"{step_html(step, journey)}\n</section>")
    title = f"The journey of {journey.filename}"
    return (f'<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
            f"<title>{escape(title)}</title>\n<style>{PAGE_STYLE}</style>\n</head>\n<body>\n"
            f"<h1>{escape(title)}</h1>\n"
            f"<p>What clearpy, a Python 3.12 written in Python, does with this program: every "
            f"stage from the text of the source to the program running. Made by "
            f"<code>clearpy explain --html</code>.</p>\n"
            f"<nav>{' '.join(links)}</nav>\n" + "\n".join(sections) + "\n</body>\n</html>\n")
