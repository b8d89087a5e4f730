pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import OpsDesk.Models
import OpsDesk

// Metrics: one line chart per series (the 14 built-in ones, then those other services push),
// over 15 minutes, an hour, a day or a week (keys 1-4), live. Thresholds of the enabled alert
// rules are dashed lines, breaches of them shaded; hover for a read-out, Ctrl+E (or the button)
// exports the focused chart as a PNG.
Rectangle {
    id: root

    color: Theme.background

    readonly property bool shown: Navigation.page === "metrics"

    // The linter of Qt 6.4 cannot resolve QAbstractItemModel, the base of every list model (a
    // false positive, see the platform notes): silenced for the model element only.
    // qmllint disable type property
    MetricSeriesModel {
        id: metrics
        objectName: "metricsModel"
        workspace: Workspace
    }
    // qmllint enable type property

    Repeater {
        model: metrics.rangeOptions
        delegate: Item {
            id: rangeKey
            required property var modelData
            required property int index
            Shortcut {
                sequence: String(rangeKey.index + 1)
                enabled: root.shown
                onActivated: metrics.range = rangeKey.modelData.key
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        Rectangle {
            Layout.fillWidth: true
            implicitHeight: header.implicitHeight + Theme.spacingL * 2
            color: Theme.surface
            PageHeader {
                id: header
                anchors.fill: parent
                anchors.margins: Theme.spacingL
                title: qsTr("Metrics", "@title:page")
                subtitle: qsTr("%1 · %2 · live", "@info series count · point density")
                          .arg(metrics.count === 1 ? qsTr("1 series") : qsTr("%n series", "", metrics.count))
                          .arg(metrics.bucketSeconds <= 10 ? qsTr("every sample (10 s)")
                               : metrics.bucketSeconds < 600 ? qsTr("one point per minute")
                               : qsTr("one point per 10 minutes"))

                Text {
                    visible: !metrics.thresholdsReadable
                    text: qsTr("Alert thresholds are visible to managers and admins")
                    font.pixelSize: Theme.fontCaption
                    color: Theme.textMuted
                }
                Row {
                    objectName: "rangeSelector"
                    spacing: 0
                    Repeater {
                        model: metrics.rangeOptions
                        delegate: Button {
                            required property var modelData
                            objectName: "range_" + modelData.key
                            text: modelData.label
                            checkable: true
                            checked: metrics.range === modelData.key
                            highlighted: checked
                            flat: !checked
                            onClicked: metrics.range = modelData.key
                            ToolTip.visible: hovered
                            ToolTip.delay: 400
                            ToolTip.text: modelData.tip
                        }
                    }
                }
            }
        }
        Rectangle {
            Layout.fillWidth: true
            height: 1
            color: Theme.border
        }

        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true

            ScrollView {
                id: scroller
                objectName: "chartScroller"
                anchors.fill: parent
                contentWidth: availableWidth
                contentHeight: grid.implicitHeight + Theme.spacingL * 2
                visible: metrics.count > 0

                GridLayout {
                    id: grid
                    objectName: "chartGrid"
                    width: scroller.availableWidth - Theme.spacingL * 2
                    x: Theme.spacingL
                    y: Theme.spacingL
                    columns: width > 1300 ? 4 : width > 900 ? 3 : width > 560 ? 2 : 1
                    columnSpacing: Theme.spacingL
                    rowSpacing: Theme.spacingL

                    Repeater {
                        model: metrics
                        delegate: MetricChart {
                            required seriesId
                            objectName: "chart_" + seriesId
                            Layout.fillWidth: true
                            Layout.preferredHeight: 260
                            seriesModel: metrics
                        }
                    }
                }
            }

            EmptyState {
                anchors.fill: parent
                visible: metrics.count === 0
                busy: metrics.loading
                error: metrics.errorString.length > 0
                title: error ? metrics.errorString : busy ? qsTr("Loading the metrics…") : qsTr("No metric series yet")
                hint: error ? qsTr("Check the database connection, then press F5.")
                            : busy ? "" : qsTr("Run opsdeskd migrate: it creates the built-in series, and opsdeskd serve collects them every 10 s.")
            }
        }
    }
}
