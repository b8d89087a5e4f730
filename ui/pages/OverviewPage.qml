pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import OpsDesk.Models
import OpsDesk

// Is the business healthy? Kept open on a second screen: the health banner (unresolved
// incidents, or all clear), the key metrics as tiles (value, trend against ten minutes ago,
// the last 30 minutes, alert colours), and the last hour of traffic and delivery failures.
Rectangle {
    id: root

    color: Theme.background

    readonly property var overview: Workspace.overview

    // The linter of Qt 6.4 cannot resolve QAbstractItemModel, the base of every list model (a
    // false positive, see the platform notes): silenced for the model element only.
    // qmllint disable type property
    MetricSeriesModel {
        id: kpis
        objectName: "kpiModel"
        workspace: Workspace
        range: "1h"
        names: ["webhook_events_per_min", "inbound_messages_per_min", "outbound_messages_per_min",
                "delivery_failure_rate", "delivery_time_p95", "first_response_time_p50",
                "open_conversations", "conversations_waiting_over_5m", "job_queue_depth", "dead_jobs"]
    }
    // qmllint enable type property

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingXl
        spacing: Theme.spacingL

        PageHeader {
            objectName: "overviewHeader"
            Layout.fillWidth: true
            title: qsTr("Overview", "@title:page")
            subtitle: root.overview && root.overview.todayLabel.length > 0 ? root.overview.todayLabel
                                                                           : qsTr("Your WhatsApp business, live")
        }

        // Health banner: managers and admins (support staff cannot read incidents).
        Rectangle {
            id: banner
            objectName: "healthBanner"
            Layout.fillWidth: true
            visible: root.overview !== null && root.overview.incidentsVisible && Workspace.canReadIncidents
            implicitHeight: 52
            radius: Theme.radius
            readonly property color tone: root.overview ? Theme.meaningColor(root.overview.healthMeaning) : Theme.success
            color: Qt.tint(Theme.surface, Qt.rgba(banner.tone.r, banner.tone.g, banner.tone.b, 0.14))
            border.color: banner.tone
            Accessible.role: Accessible.Button
            Accessible.name: bannerText.text

            RowLayout {
                anchors.fill: parent
                anchors.leftMargin: Theme.spacingL
                anchors.rightMargin: Theme.spacingL
                spacing: Theme.spacingM
                Rectangle {
                    implicitWidth: 26
                    implicitHeight: 26
                    radius: 13
                    color: banner.tone
                    Text {
                        anchors.centerIn: parent
                        text: root.overview && root.overview.unresolvedIncidents > 0 ? "!" : "✓"
                        color: "white"
                        font.pixelSize: Theme.fontSubtitle
                        font.weight: Font.Bold
                    }
                }
                Text {
                    id: bannerText
                    objectName: "healthLabel"
                    Layout.fillWidth: true
                    text: root.overview ? root.overview.healthLabel : ""
                    horizontalAlignment: Text.AlignLeft
                    elide: Text.ElideRight
                    font.pixelSize: Theme.fontSubtitle
                    font.weight: Font.DemiBold
                    color: Theme.text
                }
                Text {
                    text: qsTr("Incidents (Ctrl+0) →")
                    font.pixelSize: Theme.fontBody
                    color: Theme.accent
                }
            }
            MouseArea {
                anchors.fill: parent
                cursorShape: Qt.PointingHandCursor
                onClicked: Navigation.open("incidents")
            }
        }

        Text {
            Layout.fillWidth: true
            visible: root.overview !== null && root.overview.errorString.length > 0
            text: root.overview ? root.overview.errorString : ""
            wrapMode: Text.Wrap
            color: Theme.danger
            font.pixelSize: Theme.fontBody
        }

        GridLayout {
            objectName: "kpiGrid"
            Layout.fillWidth: true
            columns: root.width >= 1000 ? 5 : root.width > 760 ? 4 : 2
            columnSpacing: Theme.spacingM
            rowSpacing: Theme.spacingM

            Repeater {
                model: kpis
                delegate: KpiTile {
                    required property string name
                    required property string description
                    required property string updatedLabel
                    required property bool hasValue
                    required title
                    required unit
                    required valueLabel
                    required trendLabel
                    required trendMeaning
                    required alertMeaning
                    required alertLabel
                    required sparkline
                    objectName: "kpi_" + name
                    Layout.fillWidth: true
                    tip: description + "\n" + updatedLabel
                    // Nothing collected lately: say so instead of a trend.
                    caption: hasValue ? "" : updatedLabel
                }
            }
        }

        Text {
            Layout.fillWidth: true
            visible: kpis.count === 0 && !kpis.loading
            text: kpis.errorString.length > 0 ? kpis.errorString : qsTr("No metrics yet: run opsdeskd serve, it collects them every 10 s.")
            color: kpis.errorString.length > 0 ? Theme.danger : Theme.textMuted
            font.pixelSize: Theme.fontBody
        }

        RowLayout {
            objectName: "overviewCharts"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.minimumHeight: 200
            spacing: Theme.spacingM

            MetricChart {
                objectName: "overviewChart_inbound"
                Layout.fillWidth: true
                Layout.fillHeight: true
                compact: true
                seriesModel: kpis
                seriesName: "inbound_messages_per_min"
                lineColor: Theme.info
            }
            MetricChart {
                objectName: "overviewChart_outbound"
                Layout.fillWidth: true
                Layout.fillHeight: true
                compact: true
                seriesModel: kpis
                seriesName: "outbound_messages_per_min"
            }
            MetricChart {
                objectName: "overviewChart_failures"
                Layout.fillWidth: true
                Layout.fillHeight: true
                compact: true
                seriesModel: kpis
                seriesName: "delivery_failure_rate"
                lineColor: Theme.danger
            }
        }
    }
}
