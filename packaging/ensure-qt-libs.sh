#!/bin/sh
# Qt needs a few system libraries. Most desktops have them; a bare machine may not.
#   ensure-qt-libs.sh        the offscreen platform (tests, render): OpenGL, EGL, fontconfig
#   ensure-qt-libs.sh --gui  also the X11 (xcb) platform for a real window (Qt >= 6.5 needs
#                            libxcb-cursor0, which many desktops lack)
# When something is missing and we may use apt-get, install it; otherwise say what to install.
PY=${PY:-.venv/bin/python}
BASE="libgl1 libegl1 libxkbcommon0 libfontconfig1 libdbus-1-3 fonts-dejavu-core"
XCB="libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 \
libxcb-render-util0 libxcb-xinerama0 libxcb-randr0 libxcb-shape0 libxcb-xfixes0 libxcb-xkb1"

missing=""
if ! QT_QPA_PLATFORM=offscreen "$PY" -c "from PySide6 import QtGui, QtWidgets" 2>/dev/null; then
  missing="$BASE"
fi
if [ "$1" = "--gui" ] && [ "$(uname -s)" = "Linux" ]; then
  plugin=$("$PY" -c "import PySide6, pathlib; print(pathlib.Path(PySide6.__file__).parent / 'Qt/plugins/platforms/libqxcb.so')" 2>/dev/null)
  if [ -f "$plugin" ] && ldd "$plugin" 2>/dev/null | grep -q "not found"; then
    missing="$missing $XCB"
  fi
fi
[ -z "$missing" ] && exit 0
if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = "0" ]; then
  echo "Qt-systembibliotheken ontbreken; installeren: $missing"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
else
  echo "Qt kan niet starten: installeer deze systeempakketten (bijv. sudo apt install):" >&2
  echo "  $missing" >&2
  exit 1
fi
