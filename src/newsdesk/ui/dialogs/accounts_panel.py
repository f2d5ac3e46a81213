"""Connect WordPress sites: add an account with an application password, see the known ones.

A page of the settings dialog. Adding an account takes effect at once (it is checked against
its site and its password goes to the keyring), whatever the dialog's OK or Cancel.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from newsdesk.services import publishing
from newsdesk.sync import CredentialStore, WordPressClient, is_loopback_http
from newsdesk.text import isolate
from newsdesk.ui.errors import error_message
from newsdesk.ui.models.base import RowTableModel
from newsdesk.ui.widgets.views import table_view

if TYPE_CHECKING:
    from newsdesk.services.publishing import SiteAccount
    from newsdesk.ui.context import AppContext


class AccountTableModel(RowTableModel["SiteAccount"]):
    """Known accounts: site, user, roles."""

    translation_context = "AccountTableModel"
    headers = (
        QT_TRANSLATE_NOOP("AccountTableModel", "Site"),
        QT_TRANSLATE_NOOP("AccountTableModel", "User"),
        QT_TRANSLATE_NOOP("AccountTableModel", "Roles"),
    )

    def display(self, position: int, row: SiteAccount, column: int) -> str:
        """Return a cell's text (names isolated: they come from the site)."""
        if column == 0:
            return isolate(f"{row.site_name} — {row.site_url}" if row.site_name else row.site_url)
        if column == 1:
            return isolate(row.display_name or row.username)
        return ", ".join(row.roles)


def _verify_and_add(
    context: AppContext, site_url: str, username: str, password: str
) -> SiteAccount:
    with WordPressClient(site_url, username, password) as client:
        return publishing.add_account(context.store, CredentialStore(), client, password)


class AccountsPanel(QWidget):
    """Lists accounts and adds new ones after checking them against their site."""

    account_added = Signal(object)

    def __init__(self, context: AppContext, parent: Any = None) -> None:
        """Build the list and the form."""
        super().__init__(parent)
        self._context = context
        self.model = AccountTableModel(self)
        self.table = table_view(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Accounts"))
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.remove_button = QPushButton(self.tr("Remove account…"), self)
        self.remove_button.setEnabled(False)
        self.site_url = QLineEdit(self)
        self.site_url.setPlaceholderText("https://news.example")
        self.site_url.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.username = QLineEdit(self)
        self.username.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.password.setPlaceholderText("xxxx xxxx xxxx xxxx xxxx xxxx")
        self.add_button = QPushButton(self.tr("Check and add"), self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        hint = QLabel(
            self.tr(
                "Create an application password in WordPress under Users → Profile → "
                "Application Passwords. It is kept in the system keyring, never in a file."
            ),
            self,
        )
        hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Site address"), self.site_url)
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Application password"), self.password)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignLeading)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self.add_button)
        layout.addWidget(self.message)
        self.add_button.clicked.connect(self.add_account)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self.table.selectionModel().selectionChanged.connect(
            lambda _selected, _old: self.remove_button.setEnabled(self._selected() is not None)
        )
        self.site_url.textChanged.connect(self._on_site_url_text_changed)
        self.reload()

    def reload(self) -> None:
        """List the known accounts."""
        self._context.tasks.submit(
            partial(publishing.list_accounts, self._context.store),
            self.model.set_rows,
            self._on_failed,
        )

    def _selected(self) -> SiteAccount | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _on_remove_clicked(self) -> None:
        chosen = self._selected()
        if chosen is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove account"),
            self.tr(
                "Remove {user} on {site}? Its application password is deleted from the "
                "keyring; the articles and comments it brought stay."
            ).format(
                user=isolate(chosen.display_name or chosen.username),
                site=isolate(chosen.site_name or chosen.site_url),
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.remove_account(chosen.id)

    def remove_account(self, account_id: int) -> None:
        """Forget the account and its password in the background."""
        self._context.tasks.submit(
            partial(publishing.remove_account, self._context.store, CredentialStore(), account_id),
            lambda _none: self._on_removed(),
            self._on_failed,
        )

    def _on_removed(self) -> None:
        self.message.setText(self.tr("The account was removed."))
        self.remove_button.setEnabled(False)
        self.reload()

    def add_account(self) -> None:
        """Check the account on its site in the background, then remember it."""
        site, user, password = (
            self.site_url.text().strip(),
            self.username.text().strip(),
            self.password.text(),
        )
        if not (site and user and password):
            self.message.setText(self.tr("Fill in the site address, user name and password."))
            return
        self.add_button.setEnabled(False)
        self.message.setText(self.tr("Checking the account on the site…"))
        self._context.tasks.submit(
            partial(_verify_and_add, self._context, site, user, password),
            self._on_added,
            self._on_failed,
        )

    def _on_added(self, added: SiteAccount) -> None:
        self.add_button.setEnabled(True)
        self.password.clear()
        self.message.setText(
            self.tr("Connected to {site} as {user}.").format(
                site=isolate(added.site_name or added.site_url), user=isolate(added.display_name)
            )
        )
        self.reload()
        self.account_added.emit(added)

    def _on_failed(self, error: Exception) -> None:
        self.add_button.setEnabled(True)
        self.message.setText(error_message(error))

    def _on_site_url_text_changed(self, text: str) -> None:
        try:
            insecure = is_loopback_http(text.strip())
        except (ValueError, TypeError):
            insecure = False
        if insecure:
            self.message.setText(
                self.tr("Warning: plain http:// is accepted only for a site on this computer.")
            )
