"""The Qt layer: a thin shell that turns user actions into undo commands and redraws from
model changes. Everything it draws comes from the Qt-free layout package."""
