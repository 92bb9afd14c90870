'use strict';

module.exports = {
  async up(queryInterface, Sequelize) {
    await queryInterface.changeColumn('Customers', 'notes', { type: Sequelize.TEXT, allowNull: true });
  },
  async down() {},
};
