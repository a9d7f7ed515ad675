using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CarPulse.Domain.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Reports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ReportJobs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrderSessionId = table.Column<string>(type: "TEXT", maxLength: 43, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LeaseOwner = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    LeaseUntil = table.Column<long>(type: "INTEGER", nullable: true),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    CompletedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportJobs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "VehicleReports",
                columns: table => new
                {
                    OrderSessionId = table.Column<string>(type: "TEXT", maxLength: 43, nullable: false),
                    VehicleId = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Modules = table.Column<string>(type: "TEXT", nullable: false),
                    Missing = table.Column<string>(type: "TEXT", nullable: false),
                    GeneratedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VehicleReports", x => new { x.OrderSessionId, x.VehicleId });
                    table.ForeignKey(
                        name: "FK_VehicleReports_OrderSessions_OrderSessionId",
                        column: x => x.OrderSessionId,
                        principalTable: "OrderSessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ReportJobs_OrderSessionId",
                table: "ReportJobs",
                column: "OrderSessionId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReportJobs_Status_LeaseUntil",
                table: "ReportJobs",
                columns: new[] { "Status", "LeaseUntil" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ReportJobs");

            migrationBuilder.DropTable(
                name: "VehicleReports");
        }
    }
}
