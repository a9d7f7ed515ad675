using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CarPulse.Domain.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class HandoffTokens : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "HandoffTokens",
                columns: table => new
                {
                    Token = table.Column<string>(type: "TEXT", maxLength: 43, nullable: false),
                    OrderSessionId = table.Column<string>(type: "TEXT", maxLength: 43, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HandoffTokens", x => x.Token);
                    table.ForeignKey(
                        name: "FK_HandoffTokens_OrderSessions_OrderSessionId",
                        column: x => x.OrderSessionId,
                        principalTable: "OrderSessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_HandoffTokens_ExpiresAt",
                table: "HandoffTokens",
                column: "ExpiresAt");

            migrationBuilder.CreateIndex(
                name: "IX_HandoffTokens_OrderSessionId",
                table: "HandoffTokens",
                column: "OrderSessionId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "HandoffTokens");
        }
    }
}
