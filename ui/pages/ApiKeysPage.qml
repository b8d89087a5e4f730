import QtQuick
import OpsDesk

// Placeholder: the API keys page is being built (issue 3).
Rectangle {
    color: Theme.background
    EmptyState {
        anchors.fill: parent
        title: qsTr("API keys")
        hint: qsTr("Not available yet.")
    }
}
