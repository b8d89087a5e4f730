import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import OpsDesk

// A temporary password, shown this once: who it is for, the password itself, a Copy button and
// what to do with it. The owner clears `password` when the dialog closes.
ColumnLayout {
    id: root

    property string displayName
    property string signInName
    property string password
    property bool copied: false

    spacing: Theme.spacingM

    function copy() {
        clipboard.text = root.password
        clipboard.selectAll()
        clipboard.copy()
        clipboard.text = ""
        root.copied = true
    }

    onPasswordChanged: root.copied = false

    // QML has no clipboard API of its own; a hidden editor copies through the platform's.
    TextEdit {
        id: clipboard
        visible: false
    }

    Text {
        Layout.fillWidth: true
        text: qsTr("%1 signs in as “%2” with this temporary password:").arg(root.displayName).arg(root.signInName)
        horizontalAlignment: Text.AlignLeft
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontBody
        color: Theme.text
    }
    Rectangle {
        Layout.fillWidth: true
        implicitHeight: passwordRow.implicitHeight + Theme.spacingM * 2
        radius: Theme.radius
        color: Theme.surfaceRaised
        border.color: Theme.border

        RowLayout {
            id: passwordRow
            anchors.fill: parent
            anchors.margins: Theme.spacingM
            spacing: Theme.spacingM
            // A password reads left to right whatever the UI language.
            TextEdit {
                objectName: "temporaryPassword"
                Layout.fillWidth: true
                LayoutMirroring.enabled: false
                text: root.password
                readOnly: true
                selectByMouse: true
                horizontalAlignment: TextEdit.AlignLeft
                font.family: Theme.monospace
                font.pixelSize: Theme.fontSubtitle + 3
                font.weight: Font.DemiBold
                color: Theme.text
                selectionColor: Theme.accent
            }
            Button {
                objectName: "copyPasswordButton"
                text: root.copied ? qsTr("Copied ✓") : qsTr("Copy")
                onClicked: root.copy()
            }
        }
    }
    Text {
        Layout.fillWidth: true
        text: qsTr("This is the only time the password is shown; OpsDesk does not keep it. Hand it over privately. If it gets lost, reset the password again.")
        horizontalAlignment: Text.AlignLeft
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontCaption + 1
        color: Theme.warning
    }
}
