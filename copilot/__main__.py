"""``python -m copilot`` runs the CLI."""

from copilot.cli.main import run

if __name__ == "__main__":
    run()
