import QtQuick
import OpsDesk

// Placeholder: the Audit trail page is being built (issue 3).
Rectangle {
    color: Theme.background
    EmptyState {
        anchors.fill: parent
        title: qsTr("Audit trail")
        hint: qsTr("Not available yet.")
    }
}
