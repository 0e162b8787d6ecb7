"""Bewerken-menu: add, connect and delete people, quick family building, rename, relayout.

Each action builds model operations and pushes them as one undo command.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..i18n import tr
from ..layout.registry import map_spec
from ..model import MapKind, Op, Person, PersonKind, Place, Position, Put, Sex, SupportTie
from ..model.connect import likely_choice, sensible_choices
from ..model.edits import delete_ops, set_household_ops
from ..model.family_ops import (
    FamilyEditError,
    add_child_ops,
    add_parent_ops,
    add_partner_ops,
    add_sibling_ops,
)
from .dialogs import ConnectDialog

if TYPE_CHECKING:
    from .main_window import MainWindow


class EditActions:
    def __init__(self, window: MainWindow) -> None:
        self.w = window

    @property
    def session(self):  # type: ignore[no-untyped-def]
        return self.w.session

    def add_person(self) -> None:
        scene = self.w.current_scene()
        person = Person(kind=PersonKind.FAMILY if scene.kind is MapKind.GENOGRAM
                        else PersonKind.FRIEND, sex=Sex.UNKNOWN)
        ops: list[Op] = [Put("people", person)]
        if scene.state is not None:  # where the map places a newcomer near the view's centre
            view = self.w.current_view()
            centre = view.mapToScene(view.viewport().rect().center())
            ops += map_spec(scene.kind).place_new(self.session.case, scene.state.layout,
                                                  person.id, (centre.x(), centre.y()))
        self.session.edit(tr("Persoon toevoegen"), ops)
        self.w.select_person(person.id, rename=True)

    def connect(self) -> None:
        if self.session.refuse_if_viewing() is not None:
            return
        people = self.w.current_scene().selected_people()
        if len(people) != 2:
            self.w.say(tr("Selecteer precies twee personen om te verbinden "
                             "(Ctrl+klik voor de tweede)."))
            return
        net = self.session.case.network
        scene = self.w.current_scene()
        # left one first, so "A is ouder van B" reads the way the two stand on screen
        a, b = sorted(people, key=lambda p: (scene.items_by_owner[("person", p)].pos().x(), p))
        names = [net.people[p].name or tr("(naamloos)") for p in (a, b)]
        choices = sensible_choices(net, a, b)
        if not choices:
            self.w.say(tr("Tussen deze twee is geen nieuwe relatie mogelijk: wat kan, is er "
                          "al (wijzig de relatie in het zijpaneel)."))
            return
        dialog = ConnectDialog(names[0], names[1], self.w, choices,
                               likely_choice(net, a, b, scene.kind, choices))
        if dialog.exec():
            tie = dialog.factory()(a, b)
            if self.session.edit(tr("Verbinden"), [Put("ties", tie)]) is None and (
                    ("tie", tie.id) not in scene.items_by_owner):
                where = tr("het ecogram") if isinstance(tie, SupportTie) else tr("het genogram")
                self.w.say(tr("Verbonden. Deze relatie staat in {where}, niet op deze kaart.",
                              where=where))

    def delete(self) -> None:
        """Delete the selection with everything that refers to it; the model refuses what
        may not go (the client)."""
        scene = self.w.current_scene()
        people, ties = scene.selected_people(), scene.selected_ties()
        ops = delete_ops(self.session.case, {"people": people, "ties": ties})
        if ops:
            n = len(people)
            text = tr("{n} personen verwijderen", n=n) if n > 1 else tr("Verwijderen")
            self.session.edit(text, ops)  # a refusal is said on the map

    def quick_add(self, what: str) -> None:
        people = self.w.current_scene().selected_people()
        if len(people) != 1:
            self.w.say(tr("Selecteer eerst één persoon."))
            return
        pid = people[0]
        case = self.session.case
        try:
            if what == "father":
                ops, new = add_parent_ops(case, pid, Sex.MALE)
                text = tr("Vader toevoegen")
            elif what == "mother":
                ops, new = add_parent_ops(case, pid, Sex.FEMALE)
                text = tr("Moeder toevoegen")
            elif what == "partner":
                ops, new = add_partner_ops(case, pid)
                text = tr("Partner toevoegen")
            elif what == "child":
                ops, new = add_child_ops(case, pid)
                text = tr("Kind toevoegen")
            else:
                ops, new = add_sibling_ops(case, pid)
                text = tr("Broer of zus toevoegen")
        except FamilyEditError as err:
            self.w.say(str(err))
            return
        if self.session.edit(text, ops) is not None:  # refused: said on the map
            return
        self.w.select_person(new, rename=True)

    def same_household(self) -> None:
        people = self.w.current_scene().selected_people()
        if not people:
            self.w.say(tr("Selecteer de personen die samen in één huis wonen."))
            return
        self.session.edit(tr("Huishouden vormen"), set_household_ops(self.session.case, people))

    def relayout(self) -> None:
        """Opnieuw schikken: unpinned people go back to their automatic place."""
        scene = self.w.current_scene()
        view = self.session.case.view(scene.kind)
        ops = [Place(scene.kind, pid, None) for pid, pos in view.positions.items()
               if not pos.pinned]
        if ops:
            self.session.edit(tr("Opnieuw schikken"), ops)
        scene.rebuild(fresh=True)  # not even from the previous picture
        self.w.say(tr("Opnieuw geschikt. Vastgezette personen blijven op hun plaats."))

    def toggle_pin(self) -> None:
        """Vastzetten: selected people keep their place; again to let go."""
        scene = self.w.current_scene()
        people = scene.selected_people()
        if not people:
            self.w.say(tr("Selecteer eerst de personen die u wilt vastzetten."))
            return
        view = self.session.case.view(scene.kind)
        all_pinned = all(view.positions.get(p) and view.positions[p].pinned for p in people)
        ops = []
        for pid in people:
            if all_pinned:
                ops.append(Place(scene.kind, pid, None))
            else:
                pos = scene.items_by_owner[("person", pid)].pos()
                ops.append(Place(scene.kind, pid, Position(x=round(pos.x(), 2),
                                                           y=round(pos.y(), 2), pinned=True)))
        self.session.edit(tr("Losmaken") if all_pinned else tr("Vastzetten"), ops)

    def unpin_all(self) -> None:
        scene = self.w.current_scene()
        view = self.session.case.view(scene.kind)
        ops = [Place(scene.kind, pid, None) for pid in view.positions]
        if ops:
            self.session.edit(tr("Alles losmaken"), ops)
