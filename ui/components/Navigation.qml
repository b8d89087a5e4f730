pragma Singleton
import QtQuick

// Which page the window shows; every navigation goes through here (Main.qml reacts).
QtObject {
    id: root

    readonly property var pages: ["overview", "conversations", "events", "audit", "users", "apikeys"]
    property string page: "overview"

    signal pageRequested(string page)

    function open(name: string) {
        if (root.pages.indexOf(name) >= 0) {
            root.page = name
            root.pageRequested(name)
        }
    }
}
