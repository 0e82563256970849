"""``python -m khabar`` runs the ``khabar`` command (for environments where the script is not on PATH)."""
from khabar.cli import main

if __name__ == "__main__":
    main()
