#!/bin/sh
# The menu entry's and the shell's `clinic-viewer`: the bundle the package installed in /opt.
exec /opt/clinic-viewer/clinic-viewer "$@"
