using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CarPulse.Domain.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OAuthStateBrowserBinding : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "BrowserKeyHash",
                table: "OAuthStates",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                defaultValue: "");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "BrowserKeyHash",
                table: "OAuthStates");
        }
    }
}
