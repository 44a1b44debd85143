"""Entry script for the frozen app: the same main() as `python -m viewer` and `clinic-viewer`."""
import sys

from viewer.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
