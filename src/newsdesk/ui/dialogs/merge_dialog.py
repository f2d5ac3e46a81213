"""Settle a conflict with the site: three-way merge per block, right-to-left aware."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from newsdesk.text.merge import MergeKind, MergeRegion, merge_html, merged_html
from newsdesk.ui import labels
from newsdesk.ui.panes.reader_view import ReaderView

if TYPE_CHECKING:
    from newsdesk.services.publishing import ConflictVersions

MINE, THEIRS, BOTH = 0, 1, 2
VIEW_HEIGHT = 120


class MergeDialog(QDialog):
    """One box per conflicting region: the writer's text beside the site's, and a choice."""

    def __init__(self, versions: ConflictVersions, parent: Any = None) -> None:
        """Merge the three versions and lay out the conflicts."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Merge with the site's version"))
        self.regions = merge_html(versions.base_html, versions.mine_html, versions.theirs_html)
        self._choices: dict[int, QButtonGroup] = {}
        automatic = sum(region.kind == MergeKind.THEIRS for region in self.regions)
        conflicts = [
            i for i, region in enumerate(self.regions) if region.kind == MergeKind.CONFLICT
        ]
        summary = QLabel(
            self.tr(
                "Changes made only on the site are taken: {automatic}. "
                "Blocks changed on both sides: {conflicts}. Choose for each."
            ).format(automatic=labels.number(automatic), conflicts=labels.number(len(conflicts))),
            self,
        )
        summary.setWordWrap(True)
        body = QWidget(self)
        column = QVBoxLayout(body)
        for index in conflicts:
            column.addWidget(self._conflict_box(index, self.regions[index]))
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(scroll)
        layout.addWidget(buttons)
        self.resize(900, 600)

    def _conflict_box(self, index: int, region: MergeRegion) -> QGroupBox:
        box = QGroupBox(self.tr("Changed on both sides"), self)
        sides = QHBoxLayout()
        for title, blocks in (
            (self.tr("Yours"), region.mine),
            (self.tr("The site's"), region.theirs),
        ):
            side = QVBoxLayout()
            side.addWidget(QLabel(title, box))
            view = ReaderView(box)
            view.setMinimumHeight(VIEW_HEIGHT)
            view.document().setHtml("\n".join(blocks))
            view.setAccessibleName(title)
            side.addWidget(view)
            sides.addLayout(side)
        group = QButtonGroup(box)
        choices = QHBoxLayout()
        for value, label in (
            (MINE, self.tr("Keep yours")),
            (THEIRS, self.tr("Keep the site's")),
            (BOTH, self.tr("Keep both, yours first")),
        ):
            button = QRadioButton(label, box)
            group.addButton(button, value)
            choices.addWidget(button)
        group.button(MINE).setChecked(True)
        self._choices[index] = group
        layout = QVBoxLayout(box)
        layout.addLayout(sides)
        layout.addLayout(choices)
        return box

    def choose(self, index: int, choice: int) -> None:
        """Pick mine, theirs or both for a conflicting region."""
        self._choices[index].button(choice).setChecked(True)

    def merged(self) -> str:
        """Return the merged body for the current choices."""
        picked: dict[int, tuple[str, ...]] = {}
        for index, group in self._choices.items():
            region = self.regions[index]
            choice = group.checkedId()
            picked[index] = {
                MINE: region.mine,
                THEIRS: region.theirs,
                BOTH: region.mine + region.theirs,
            }[choice]
        return merged_html(self.regions, picked)

    @classmethod
    def ask(cls, parent: Any, versions: ConflictVersions) -> str | None:
        """Show the dialog and return the merged body, or None when cancelled."""
        dialog = cls(versions, parent)
        try:
            return dialog.merged() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
