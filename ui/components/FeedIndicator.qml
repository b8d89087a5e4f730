import QtQuick
import QtQuick.Layouts
import OpsDesk.Models
import OpsDesk

// The change feed's connection state: green and pulsing when live, amber while reconnecting.
RowLayout {
    id: root

    spacing: Theme.spacingS

    readonly property bool live: Workspace.feedState === Workspace.Live

    Rectangle {
        width: 10
        height: 10
        radius: 5
        color: root.live ? Theme.success : Workspace.feedState === Workspace.Reconnecting ? Theme.warning : Theme.textMuted
        SequentialAnimation on opacity {
            running: root.live
            loops: Animation.Infinite
            NumberAnimation { to: 0.35; duration: 900; easing.type: Easing.InOutQuad }
            NumberAnimation { to: 1.0; duration: 900; easing.type: Easing.InOutQuad }
        }
    }
    ColumnLayout {
        spacing: 0
        Layout.fillWidth: true
        Text {
            objectName: "feedStateLabel"
            text: Workspace.feedStateLabel
            color: Theme.sidebarText
            font.pixelSize: Theme.fontBody
            font.weight: Font.DemiBold
        }
        Text {
            Layout.fillWidth: true
            text: Workspace.feedDetail.length > 0 ? Workspace.feedDetail : Workspace.databaseLabel
            color: Qt.rgba(1, 1, 1, 0.45)
            font.pixelSize: Theme.fontCaption
            elide: Text.ElideRight
        }
    }
}
