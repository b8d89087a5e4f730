pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import OpsDesk.Models
import OpsDesk

// Invite a person: name, e-mail, sign-in name (suggested from the e-mail until edited by hand)
// and role (admin roles only for super admins). On success the same dialog shows the temporary
// password, once. The checks are the service's own (PeopleListModel::*Problem); the database
// checks everything again.
Dialog {
    id: root

    required property PeopleListModel people

    // True from submit until the model answers; the page hands the password over via
    // showPassword() while this is set.
    property bool pending: false
    property bool signInEdited: false
    property bool triedSubmit: false
    property string serverError
    property string serverField
    property string createdName
    property string createdSignInName
    property string password
    readonly property bool done: root.password.length > 0

    readonly property string nameProblem: root.serverField === "displayName" ? root.serverError : root.people.displayNameProblem(nameField.text)
    readonly property string emailProblem: root.serverField === "email" ? root.serverError : root.people.emailProblem(emailField.text)
    readonly property string signInProblem: root.serverField === "signInName" ? root.serverError : root.people.signInNameProblem(signInField.text)
    readonly property bool valid: root.people.displayNameProblem(nameField.text).length === 0
                                  && root.people.emailProblem(emailField.text).length === 0
                                  && root.people.signInNameProblem(signInField.text).length === 0
                                  && roleBox.currentIndex >= 0

    function openFresh() {
        nameField.text = ""
        emailField.text = ""
        signInField.text = ""
        roleBox.currentIndex = 0
        root.signInEdited = false
        root.triedSubmit = false
        root.serverError = ""
        root.serverField = ""
        root.password = ""
        root.pending = false
        root.open()
        nameField.forceActiveFocus()
    }

    function submit() {
        root.triedSubmit = true
        if (!root.valid || root.pending)
            return
        root.serverError = ""
        root.serverField = ""
        root.pending = true
        root.people.invite(nameField.text, emailField.text, signInField.text, roleBox.currentValue)
    }

    function showPassword(displayName: string, signInName: string, password: string) {
        root.pending = false
        root.createdName = displayName
        root.createdSignInName = signInName
        root.password = password
    }

    function suggest() {
        if (!root.signInEdited)
            signInField.text = root.people.suggestSignInName(emailField.text, nameField.text)
    }

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(540, parent.width - Theme.spacingXxl * 2)
    modal: true
    padding: Theme.spacingXl
    closePolicy: root.pending ? Popup.NoAutoClose : Popup.CloseOnEscape
    title: root.done ? qsTr("%1 can sign in now").arg(root.createdName) : qsTr("Invite person")
    // Nothing secret outlives the dialog.
    onClosed: root.password = ""

    Connections {
        target: root.people
        function onActionFinished(action: string, personId: string, ok: bool, message: string, field: string) {
            if (action !== "invite" || !root.pending || ok)
                return
            root.pending = false
            root.serverError = message
            root.serverField = field
        }
    }

    background: Rectangle {
        radius: Theme.radius
        color: Theme.surface
        border.color: Theme.border
    }
    header: Text {
        text: root.title
        padding: Theme.spacingXl
        bottomPadding: 0
        horizontalAlignment: Text.AlignLeft
        font.pixelSize: Theme.fontTitle
        font.weight: Font.DemiBold
        color: Theme.text
        elide: Text.ElideRight
    }

    ColumnLayout {
        width: parent.width
        spacing: Theme.spacingM
        LayoutMirroring.enabled: Application.layoutDirection === Qt.RightToLeft
        LayoutMirroring.childrenInherit: true

        // The form.
        GridLayout {
            Layout.fillWidth: true
            visible: !root.done
            columns: 2
            columnSpacing: Theme.spacingL
            rowSpacing: Theme.spacingXs

            Label {
                text: qsTr("Name")
                color: Theme.text
            }
            TextField {
                id: nameField
                objectName: "inviteName"
                Layout.fillWidth: true
                enabled: !root.pending
                placeholderText: qsTr("e.g. Maria López")
                onTextEdited: {
                    if (root.serverField === "displayName") root.serverField = ""
                    root.suggest()
                }
                onAccepted: root.submit()
            }
            Item { implicitWidth: 1 }
            FieldMessage {
                Layout.fillWidth: true
                problem: root.triedSubmit || nameField.text.length > 0 ? root.nameProblem : ""
            }

            Label {
                text: qsTr("E-mail")
                color: Theme.text
            }
            TextField {
                id: emailField
                objectName: "inviteEmail"
                Layout.fillWidth: true
                enabled: !root.pending
                placeholderText: qsTr("maria.lopez@example.com")
                inputMethodHints: Qt.ImhEmailCharactersOnly | Qt.ImhNoAutoUppercase
                onTextEdited: {
                    if (root.serverField === "email") root.serverField = ""
                    root.suggest()
                }
                onAccepted: root.submit()
            }
            Item { implicitWidth: 1 }
            FieldMessage {
                Layout.fillWidth: true
                problem: root.triedSubmit || (emailField.text.length > 0 && !emailField.activeFocus) ? root.emailProblem : ""
            }

            Label {
                text: qsTr("Sign-in name")
                color: Theme.text
            }
            TextField {
                id: signInField
                objectName: "inviteSignInName"
                Layout.fillWidth: true
                enabled: !root.pending
                placeholderText: qsTr("maria.lopez")
                font.family: Theme.monospace
                inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhLowercaseOnly
                LayoutMirroring.enabled: false
                horizontalAlignment: TextInput.AlignLeft
                onTextEdited: {
                    root.signInEdited = text.length > 0
                    if (root.serverField === "signInName") root.serverField = ""
                }
                onAccepted: root.submit()
            }
            Item { implicitWidth: 1 }
            FieldMessage {
                Layout.fillWidth: true
                problem: root.triedSubmit || signInField.text.length > 0 ? root.signInProblem : ""
                hint: qsTr("Their PostgreSQL login: lower-case letters, digits and _ . -")
            }

            Label {
                text: qsTr("Role")
                color: Theme.text
            }
            ComboBox {
                id: roleBox
                objectName: "inviteRole"
                Layout.fillWidth: true
                enabled: !root.pending
                model: root.people.assignableRoles
                textRole: "label"
                valueRole: "value"
            }
            Item { implicitWidth: 1 }
            FieldMessage {
                Layout.fillWidth: true
                hint: {
                    const roles = root.people.assignableRoles
                    const chosen = roleBox.currentIndex >= 0 && roleBox.currentIndex < roles.length
                                   ? roles[roleBox.currentIndex].description : ""
                    return Workspace.canManageAdmins ? chosen
                                                     : qsTr("%1 Only a super admin can invite admins.").arg(chosen)
                }
            }
        }

        // A refusal that is not about one field (not allowed, connection lost, …).
        Text {
            Layout.fillWidth: true
            visible: !root.done && root.serverError.length > 0 && root.serverField.length === 0
            text: root.serverError
            horizontalAlignment: Text.AlignLeft
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontBody
            color: Theme.danger
        }

        // After: the temporary password, once.
        TemporaryPasswordView {
            Layout.fillWidth: true
            visible: root.done
            displayName: root.createdName
            signInName: root.createdSignInName
            password: root.password
        }
    }

    footer: RowLayout {
        spacing: Theme.spacingS
        LayoutMirroring.enabled: Application.layoutDirection === Qt.RightToLeft
        Item {
            Layout.fillWidth: true
        }

        Button {
            Layout.bottomMargin: Theme.spacingXl
            text: root.done ? qsTr("Invite another") : qsTr("Cancel")
            enabled: !root.pending
            onClicked: root.done ? root.openFresh() : root.close()
        }
        Button {
            Layout.bottomMargin: Theme.spacingXl
            objectName: "inviteSubmit"
            text: root.done ? qsTr("Done") : root.pending ? qsTr("Creating…") : qsTr("Create and show password")
            highlighted: true
            enabled: root.done || (!root.pending && (root.valid || !root.triedSubmit))
            onClicked: root.done ? root.close() : root.submit()
        }
        Item { // the dialog's padding on the trailing side
            Layout.preferredWidth: Theme.spacingXl - Theme.spacingS
            Layout.preferredHeight: 1
        }
    }
}
