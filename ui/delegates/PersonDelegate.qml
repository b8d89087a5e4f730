pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import OpsDesk

// One person on the People page: avatar, name and e-mail, sign-in name, role, status, last seen,
// and the actions the signed-in person may take (the others are disabled, with the reason).
Rectangle {
    id: root

    required property int index
    required property string personId
    required property string displayName
    required property string email
    required property string signInName
    required property string initials
    required property string personRole
    required property string personRoleLabel
    required property bool active
    required property string statusLabel
    required property string lastSeenLabel
    required property string lastSeenFull
    required property bool isSelf
    required property bool canChangeRole
    required property bool canDeactivate
    required property bool canReactivate
    required property bool canResetPassword
    required property string blockedReason

    // Column widths, shared with the page's header row.
    property int signInWidth: 170
    property int roleWidth: 110
    property int statusWidth: 130
    property int lastSeenWidth: 130

    // A menu entry that looks unavailable when it is (the Basic style's disabled colours follow
    // the system palette, not the theme).
    component ActionItem: MenuItem {
        opacity: enabled ? 1 : 0.4
    }

    signal changeRoleRequested()
    signal resetPasswordRequested()
    signal deactivateRequested()
    signal reactivateRequested()

    function roleTone(role: string): color {
        switch (role) {
        case "super_admin": return Theme.danger
        case "admin": return Theme.accent
        case "manager": return Theme.info
        default: return Theme.textMuted
        }
    }

    objectName: "person_" + root.signInName
    width: ListView.view ? ListView.view.width : implicitWidth
    implicitHeight: 60
    // The row the page was opened for (click-through from the audit trail).
    property bool focused: false
    color: root.focused ? Theme.selection : hover.hovered ? Theme.hover : "transparent"
    Accessible.role: Accessible.Row
    Accessible.name: qsTr("%1, %2, %3", "@info:accessible person row: name, role, status")
                         .arg(root.displayName).arg(root.personRoleLabel).arg(root.statusLabel)

    HoverHandler {
        id: hover
    }
    Rectangle {
        anchors.bottom: parent.bottom
        width: parent.width
        height: 1
        color: Theme.border
    }

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.spacingL
        anchors.rightMargin: Theme.spacingL
        spacing: Theme.spacingM

        Avatar {
            Layout.alignment: Qt.AlignVCenter
            initials: root.initials
            seed: root.signInName
            opacity: root.active ? 1 : 0.45
        }
        ColumnLayout {
            Layout.fillWidth: true
            Layout.preferredWidth: 200
            Layout.minimumWidth: 120
            spacing: 2
            // The name, then "You" right after it on the signed-in person's own row.
            Item {
                Layout.fillWidth: true
                implicitHeight: Math.max(nameText.implicitHeight, youChip.implicitHeight)
                Text {
                    id: nameText
                    anchors.left: parent.left
                    anchors.verticalCenter: parent.verticalCenter
                    width: Math.min(implicitWidth, parent.width - (youChip.visible ? youChip.width + Theme.spacingS : 0))
                    text: root.displayName
                    horizontalAlignment: Text.AlignLeft
                    font.pixelSize: Theme.fontBody
                    font.weight: Font.DemiBold
                    color: root.active ? Theme.text : Theme.textMuted
                    elide: Text.ElideRight
                }
                StatusChip {
                    id: youChip
                    visible: root.isSelf
                    anchors.left: nameText.right
                    anchors.leftMargin: Theme.spacingS
                    anchors.verticalCenter: parent.verticalCenter
                    text: qsTr("You", "@label:chip the signed-in person's own row")
                    tone: Theme.accent
                }
            }
            Text {
                Layout.fillWidth: true
                text: root.email
                horizontalAlignment: Text.AlignLeft
                font.pixelSize: Theme.fontCaption + 1
                color: Theme.textMuted
                elide: Text.ElideRight
            }
        }
        Text {
            Layout.preferredWidth: root.signInWidth
            text: root.signInName
            horizontalAlignment: Text.AlignLeft
            font.family: Theme.monospace
            font.pixelSize: Theme.fontCaption + 1
            color: Theme.text
            elide: Text.ElideRight
            ToolTipArea {
                tip: qsTr("Signs in as “%1”").arg(root.signInName)
            }
        }
        Item {
            Layout.preferredWidth: root.roleWidth
            implicitHeight: roleChip.implicitHeight
            StatusChip {
                id: roleChip
                anchors.left: parent.left
                anchors.verticalCenter: parent.verticalCenter
                text: root.personRoleLabel
                tone: root.roleTone(root.personRole)
            }
        }
        RowLayout {
            Layout.fillWidth: false
            Layout.preferredWidth: root.statusWidth
            spacing: Theme.spacingS
            Rectangle {
                width: 8
                height: 8
                radius: 4
                color: root.active ? Theme.success : Theme.textMuted
            }
            Text {
                Layout.fillWidth: true
                text: root.statusLabel
                horizontalAlignment: Text.AlignLeft
                font.pixelSize: Theme.fontCaption + 1
                color: root.active ? Theme.text : Theme.textMuted
                elide: Text.ElideRight
            }
        }
        Text {
            Layout.preferredWidth: root.lastSeenWidth
            text: root.lastSeenLabel
            horizontalAlignment: Text.AlignLeft
            font.pixelSize: Theme.fontCaption + 1
            color: Theme.textMuted
            elide: Text.ElideRight
            ToolTipArea {
                tip: root.lastSeenFull
            }
        }
        ToolButton {
            id: actionsButton
            objectName: "personActions_" + root.signInName
            Layout.preferredWidth: 36
            text: "⋯"
            font.pixelSize: Theme.fontSubtitle
            Accessible.name: qsTr("Actions for %1").arg(root.displayName)
            ToolTip.visible: hovered
            ToolTip.delay: 500
            ToolTip.text: root.blockedReason.length > 0 ? root.blockedReason : qsTr("Change role, reset password, deactivate")
            onClicked: actionsMenu.open()

            Menu {
                id: actionsMenu
                y: actionsButton.height
                x: root.LayoutMirroring.enabled ? 0 : actionsButton.width - width
                width: 260

                ActionItem {
                    text: qsTr("Change role…")
                    enabled: root.canChangeRole
                    onTriggered: root.changeRoleRequested()
                }
                ActionItem {
                    text: qsTr("Reset password…")
                    enabled: root.canResetPassword
                    onTriggered: root.resetPasswordRequested()
                }
                MenuSeparator {}
                ActionItem {
                    visible: root.active
                    height: visible ? implicitHeight : 0
                    text: qsTr("Deactivate…")
                    enabled: root.canDeactivate
                    onTriggered: root.deactivateRequested()
                }
                ActionItem {
                    visible: !root.active
                    height: visible ? implicitHeight : 0
                    text: qsTr("Reactivate")
                    enabled: root.canReactivate
                    onTriggered: root.reactivateRequested()
                }
                // Why some actions are unavailable, in words.
                MenuSeparator {
                    visible: root.blockedReason.length > 0
                    height: visible ? implicitHeight : 0
                }
                MenuItem {
                    visible: root.blockedReason.length > 0
                    height: visible ? implicitHeight : 0
                    enabled: false
                    contentItem: Text {
                        text: root.blockedReason
                        wrapMode: Text.Wrap
                        width: 240
                        horizontalAlignment: Text.AlignLeft
                        font.pixelSize: Theme.fontCaption + 1
                        color: Theme.textMuted
                    }
                }
            }
        }
    }
}
