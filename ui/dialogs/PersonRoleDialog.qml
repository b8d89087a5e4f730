pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import OpsDesk.Models
import OpsDesk

// Change a person's role: the roles the signed-in person may give, each with what it may do.
Dialog {
    id: root

    required property PeopleListModel people
    property string personId
    property string displayName
    property string currentRole
    property string chosenRole

    signal roleChosen(string personId, string role)

    function openFor(personId: string, displayName: string, role: string) {
        root.personId = personId
        root.displayName = displayName
        root.currentRole = role
        root.chosenRole = role
        root.open()
    }

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(480, parent.width - Theme.spacingXxl * 2)
    modal: true
    padding: Theme.spacingXl
    title: qsTr("Change the role of %1").arg(root.displayName)

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
        spacing: Theme.spacingS
        LayoutMirroring.enabled: Application.layoutDirection === Qt.RightToLeft
        LayoutMirroring.childrenInherit: true

        Text {
            Layout.fillWidth: true
            text: qsTr("Now: %1. The new role applies from their next query; what they may see and change follows it at once.").arg(root.people.roleLabel(root.currentRole))
            horizontalAlignment: Text.AlignLeft
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontBody
            color: Theme.textMuted
        }
        ButtonGroup {
            id: choices
        }
        Repeater {
            model: root.people.assignableRoles
            delegate: ColumnLayout {
                id: option
                required property var modelData
                Layout.fillWidth: true
                spacing: 0
                RadioButton {
                    id: choice
                    objectName: "role_" + option.modelData.value
                    Layout.fillWidth: true
                    ButtonGroup.group: choices
                    text: option.modelData.label
                    font.weight: Font.DemiBold
                    checked: root.chosenRole === option.modelData.value
                    onToggled: if (checked) root.chosenRole = option.modelData.value
                }
                Text {
                    Layout.fillWidth: true
                    leftPadding: choice.leftPadding + choice.indicator.width + choice.spacing
                    bottomPadding: Theme.spacingXs
                    text: option.modelData.description
                    horizontalAlignment: Text.AlignLeft
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.fontCaption + 1
                    color: Theme.textMuted
                }
            }
        }
        Text {
            Layout.fillWidth: true
            visible: !Workspace.canManageAdmins
            text: qsTr("Only a super admin can make someone an admin.")
            horizontalAlignment: Text.AlignLeft
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontCaption + 1
            color: Theme.textMuted
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
            text: qsTr("Cancel")
            onClicked: root.reject()
        }
        Button {
            Layout.bottomMargin: Theme.spacingXl
            objectName: "changeRoleSubmit"
            text: qsTr("Change role")
            highlighted: true
            enabled: root.chosenRole.length > 0 && root.chosenRole !== root.currentRole
            onClicked: root.accept()
        }
        Item { // the dialog's padding on the trailing side
            Layout.preferredWidth: Theme.spacingXl - Theme.spacingS
            Layout.preferredHeight: 1
        }
    }
    onAccepted: root.roleChosen(root.personId, root.chosenRole)
}
