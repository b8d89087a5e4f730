import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import OpsDesk

// A reset password, shown once with a Copy button; forgotten when the dialog closes.
Dialog {
    id: root

    property string displayName
    property string signInName
    property string password

    function show(displayName: string, signInName: string, password: string) {
        root.displayName = displayName
        root.signInName = signInName
        root.password = password
        root.open()
    }

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(520, parent.width - Theme.spacingXxl * 2)
    modal: true
    padding: Theme.spacingXl
    title: qsTr("New password for %1").arg(root.displayName)
    onClosed: root.password = ""

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
    TemporaryPasswordView {
        width: parent.width
        LayoutMirroring.enabled: Application.layoutDirection === Qt.RightToLeft
        LayoutMirroring.childrenInherit: true
        displayName: root.displayName
        signInName: root.signInName
        password: root.password
    }
    footer: RowLayout {
        spacing: Theme.spacingS
        LayoutMirroring.enabled: Application.layoutDirection === Qt.RightToLeft
        Item {
            Layout.fillWidth: true
        }

        Button {
            Layout.bottomMargin: Theme.spacingXl
            objectName: "passwordDone"
            text: qsTr("Done")
            highlighted: true
            onClicked: root.accept()
        }
        Item { // the dialog's padding on the trailing side
            Layout.preferredWidth: Theme.spacingXl - Theme.spacingS
            Layout.preferredHeight: 1
        }
    }
}
