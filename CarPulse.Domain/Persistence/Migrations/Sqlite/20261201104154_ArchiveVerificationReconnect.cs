using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CarPulse.Domain.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ArchiveVerificationReconnect : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Work",
                table: "ReportJobs",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<string>(
                name: "Language",
                table: "OrderSessions",
                type: "TEXT",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ReportsDeletedAt",
                table: "OrderSessions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SiteUrl",
                table: "OrderSessions",
                type: "TEXT",
                maxLength: 512,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "TeslaReconnectNeeded",
                table: "OrderSessions",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "FollowUp",
                table: "OAuthStates",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReconnectOrderId",
                table: "OAuthStates",
                type: "TEXT",
                maxLength: 43,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ReportVerifications",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    OrderSessionId = table.Column<string>(type: "TEXT", maxLength: 43, nullable: false),
                    VehicleId = table.Column<long>(type: "INTEGER", nullable: false),
                    OrderReference = table.Column<string>(type: "TEXT", maxLength: 11, nullable: false),
                    MaskedVin = table.Column<string>(type: "TEXT", maxLength: 17, nullable: false),
                    Model = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Package = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ReportDate = table.Column<long>(type: "INTEGER", nullable: false),
                    PdfSha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RevokedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RevokedReason = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportVerifications", x => x.Code);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ReportVerifications_OrderSessionId_VehicleId",
                table: "ReportVerifications",
                columns: new[] { "OrderSessionId", "VehicleId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ReportVerifications");

            migrationBuilder.DropColumn(
                name: "Work",
                table: "ReportJobs");

            migrationBuilder.DropColumn(
                name: "Language",
                table: "OrderSessions");

            migrationBuilder.DropColumn(
                name: "ReportsDeletedAt",
                table: "OrderSessions");

            migrationBuilder.DropColumn(
                name: "SiteUrl",
                table: "OrderSessions");

            migrationBuilder.DropColumn(
                name: "TeslaReconnectNeeded",
                table: "OrderSessions");

            migrationBuilder.DropColumn(
                name: "FollowUp",
                table: "OAuthStates");

            migrationBuilder.DropColumn(
                name: "ReconnectOrderId",
                table: "OAuthStates");
        }
    }
}
