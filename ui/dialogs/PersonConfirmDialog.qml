import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import OpsDesk

// "Are you sure?" for an action on a person that takes effect at once (deactivate, reset
// password): what will happen, in words, and a button named after the action.
Dialog {
    id: root

    property string action
    property string personId
    property string message
    property string confirmText
    property bool destructive: false

    signal confirmed(string action, string personId)

    function ask(action: string, personId: string, title: string, message: string, confirmText: string, destructive: bool) {
        root.action = action
        root.personId = personId
        root.title = title
        root.message = message
        root.confirmText = confirmText
        root.destructive = destructive
        root.open()
    }

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(460, parent.width - Theme.spacingXxl * 2)
    modal: true
    padding: Theme.spacingXl

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
    Text {
        width: parent.width
        text: root.message
        horizontalAlignment: Text.AlignLeft
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontBody
        color: Theme.text
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
            objectName: "confirmAction"
            text: root.confirmText
            onClicked: root.accept()
            palette.button: root.destructive ? Theme.danger : Theme.accent
            palette.buttonText: "white"
        }
        Item { // the dialog's padding on the trailing side
            Layout.preferredWidth: Theme.spacingXl - Theme.spacingS
            Layout.preferredHeight: 1
        }
    }
    onAccepted: root.confirmed(root.action, root.personId)
}
