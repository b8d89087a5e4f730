import QtQuick
import OpsDesk

// Placeholder: the People page is being built (issue 3).
Rectangle {
    color: Theme.background
    EmptyState {
        anchors.fill: parent
        title: qsTr("People")
        hint: qsTr("Not available yet.")
    }
}
