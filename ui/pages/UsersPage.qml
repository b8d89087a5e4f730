pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import OpsDesk.Models
import OpsDesk

// People: everyone who signs in, live; invite (Ctrl+N), filter (Ctrl+F), and per person change
// role, reset password, deactivate / reactivate. What the signed-in person may not do is
// disabled with the reason; the database decides in the end and its refusals are shown as said.
Rectangle {
    id: root

    color: Theme.background

    // The last action's outcome, shown in the banner until dismissed or replaced.
    property string outcome
    property bool outcomeOk: true

    // The person the page was opened for (Navigation.openAt, e.g. from the audit trail): shown
    // and highlighted as soon as the list holds them.
    property string focusedPersonId
    function takeFocusRequest() {
        if (Navigation.page !== "users" || Navigation.focusId.length === 0)
            return
        filterField.text = "" // the person may be filtered out
        const row = people.rowOf(Navigation.focusId)
        if (row < 0)
            return // not loaded yet: tried again when the list changes
        root.focusedPersonId = Navigation.focusId
        Navigation.focusId = ""
        personList.currentIndex = row
        personList.positionViewAtIndex(row, ListView.Contain)
    }
    Connections {
        target: Navigation
        function onPageRequested() { root.takeFocusRequest() }
    }
    Connections {
        target: people
        function onCountChanged() { root.takeFocusRequest() }
    }

    function invite() {
        if (people.canInvite)
            inviteDialog.openFresh()
    }

    PeopleListModel {
        id: people
        workspace: Workspace
        onActionFinished: (action, personId, ok, message, field) => {
            // The invite dialog shows its own outcome (and the field at fault).
            if (action === "invite" && (inviteDialog.pending || inviteDialog.opened))
                return
            root.outcome = message
            root.outcomeOk = ok
        }
        onPasswordIssued: (personId, displayName, signInName, password) => {
            if (inviteDialog.pending)
                inviteDialog.showPassword(displayName, signInName, password)
            else
                passwordDialog.show(displayName, signInName, password)
        }
    }

    Shortcut {
        sequence: "Ctrl+N"
        enabled: root.visible && people.canInvite
        onActivated: root.invite()
    }
    Shortcut {
        sequence: "Ctrl+F"
        enabled: root.visible
        onActivated: {
            filterField.forceActiveFocus()
            filterField.selectAll()
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingXl
        spacing: Theme.spacingL

        PageHeader {
            Layout.fillWidth: true
            title: qsTr("People", "@title:page")
            subtitle: people.loaded
                      ? qsTr("%1 in total · %2 active · each signs in with their own database role").arg(people.totalCount).arg(people.activeCount)
                      : qsTr("Everyone who signs in to OpsDesk")

            Item {
                // PageHeader's trailing row fills too: keep the actions at the trailing edge.
                Layout.fillWidth: true
            }
            TextField {
                id: filterField
                objectName: "peopleFilter"
                Layout.preferredWidth: 280
                placeholderText: qsTr("Filter by name, e-mail, role… (Ctrl+F)")
                selectByMouse: true
                onTextChanged: people.filter = text
                Keys.onEscapePressed: text = ""
                Accessible.name: qsTr("Filter people")
            }
            Button {
                objectName: "invitePerson"
                text: qsTr("Invite person")
                highlighted: true
                enabled: people.canInvite
                onClicked: root.invite()
                ToolTip.visible: hovered
                ToolTip.delay: 500
                ToolTip.text: people.canInvite ? qsTr("Create an account with a temporary password (Ctrl+N)") : people.inviteBlockedReason
            }
        }

        // The last action's outcome.
        Rectangle {
            objectName: "peopleOutcome"
            Layout.fillWidth: true
            visible: root.outcome.length > 0
            implicitHeight: outcomeRow.implicitHeight + Theme.spacingS * 2
            radius: Theme.radius
            color: Qt.rgba(tone.r, tone.g, tone.b, Theme.dark ? 0.2 : 0.1)
            border.color: Qt.rgba(tone.r, tone.g, tone.b, 0.4)
            readonly property color tone: root.outcomeOk ? Theme.success : Theme.danger

            RowLayout {
                id: outcomeRow
                anchors.fill: parent
                anchors.leftMargin: Theme.spacingM
                anchors.rightMargin: Theme.spacingS
                spacing: Theme.spacingS
                Text {
                    Layout.fillWidth: true
                    text: root.outcome
                    horizontalAlignment: Text.AlignLeft
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.fontBody
                    color: Theme.text
                }
                ToolButton {
                    text: "✕"
                    Accessible.name: qsTr("Dismiss")
                    onClicked: root.outcome = ""
                }
            }
        }

        Rectangle {
            Layout.fillWidth: true
            Layout.fillHeight: true
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.border
            clip: true

            ColumnLayout {
                anchors.fill: parent
                anchors.margins: 1
                spacing: 0

                // Column titles, aligned with PersonDelegate's columns.
                RowLayout {
                    id: columns
                    Layout.fillWidth: true
                    Layout.leftMargin: Theme.spacingL
                    Layout.rightMargin: Theme.spacingL
                    Layout.topMargin: Theme.spacingS
                    Layout.bottomMargin: Theme.spacingS
                    spacing: Theme.spacingM
                    visible: personList.count > 0

                    component ColumnTitle: Text {
                        horizontalAlignment: Text.AlignLeft
                        font.pixelSize: Theme.fontCaption
                        font.weight: Font.DemiBold
                        font.capitalization: Font.AllUppercase
                        color: Theme.textMuted
                        elide: Text.ElideRight
                    }
                    ColumnTitle {
                        Layout.fillWidth: true
                        Layout.preferredWidth: 200 + 36 + Theme.spacingM
                        Layout.minimumWidth: 120 + 36 + Theme.spacingM
                        leftPadding: 36 + Theme.spacingM
                        text: qsTr("Person")
                    }
                    ColumnTitle {
                        Layout.preferredWidth: 170
                        text: qsTr("Sign-in name")
                    }
                    ColumnTitle {
                        Layout.preferredWidth: 110
                        text: qsTr("Role")
                    }
                    ColumnTitle {
                        Layout.preferredWidth: 130
                        text: qsTr("Status")
                    }
                    ColumnTitle {
                        Layout.preferredWidth: 130
                        text: qsTr("Last seen")
                    }
                    Item {
                        Layout.preferredWidth: 36
                    }
                }
                Rectangle {
                    Layout.fillWidth: true
                    height: 1
                    color: Theme.border
                    visible: personList.count > 0
                }

                ListView {
                    id: personList
                    objectName: "personList"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    model: people
                    ScrollBar.vertical: ScrollBar {}
                    delegate: PersonDelegate {
                        id: person
                        focused: person.personId === root.focusedPersonId
                        onChangeRoleRequested: roleDialog.openFor(person.personId, person.displayName, person.personRole)
                        onResetPasswordRequested: confirmDialog.ask(
                            "resetPassword", person.personId,
                            qsTr("Reset the password of %1?").arg(person.displayName),
                            qsTr("%1 gets a new temporary password, shown to you once. Their current password stops working now; sessions already open stay open.").arg(person.displayName),
                            qsTr("Reset password"), false)
                        onDeactivateRequested: confirmDialog.ask(
                            "deactivate", person.personId,
                            qsTr("Deactivate %1?").arg(person.displayName),
                            qsTr("%1 is signed out everywhere at once: every open session of theirs ends now, and signing in is refused until someone reactivates them. Nothing they did is deleted.").arg(person.displayName),
                            qsTr("Deactivate"), true)
                        onReactivateRequested: people.reactivate(person.personId)
                    }

                    EmptyState {
                        anchors.fill: parent
                        visible: personList.count === 0
                        busy: people.loading
                        error: people.errorString.length > 0
                        icon: "☺"
                        title: error ? people.errorString
                               : busy ? qsTr("Loading people…")
                               : people.totalCount > 0 ? qsTr("Nobody matches “%1”").arg(people.filter)
                               : qsTr("No people yet")
                        hint: error ? (people.canInvite ? qsTr("Check the connection to the database, then press F5 to try again.") : qsTr("Ask an admin if you need to manage people."))
                              : busy ? ""
                              : people.totalCount > 0 ? qsTr("Clear the filter (Esc) to see everyone.")
                              : people.canInvite ? qsTr("Invite the first person with “Invite person” (Ctrl+N). They get a temporary password to sign in with, shown to you once.")
                              : people.inviteBlockedReason
                    }
                }
            }
        }
    }

    InvitePersonDialog {
        id: inviteDialog
        people: people
    }
    PersonRoleDialog {
        id: roleDialog
        people: people
        onRoleChosen: (personId, role) => people.setRole(personId, role)
    }
    PersonConfirmDialog {
        id: confirmDialog
        onConfirmed: (action, personId) => {
            if (action === "deactivate")
                people.deactivate(personId)
            else if (action === "resetPassword")
                people.resetPassword(personId)
        }
    }
    TemporaryPasswordDialog {
        id: passwordDialog
    }
}
