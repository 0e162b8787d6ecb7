#!/bin/sh
# Qt's offscreen platform needs a few system libraries (OpenGL, EGL, xkbcommon, fontconfig).
# Most desktops have them; a bare CI image may not. When Qt cannot load and we may use
# apt-get, install them; otherwise say what is missing.
PY=${PY:-.venv/bin/python}
if QT_QPA_PLATFORM=offscreen "$PY" -c "from PySide6 import QtGui, QtWidgets" 2>/dev/null; then
  exit 0
fi
PKGS="libgl1 libegl1 libxkbcommon0 libfontconfig1 libdbus-1-3 fonts-dejavu-core"
if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = "0" ]; then
  echo "Qt-systembibliotheken ontbreken; installeren: $PKGS"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $PKGS >/dev/null
else
  echo "Qt kan niet starten: installeer deze systeempakketten: $PKGS" >&2
  exit 1
fi
