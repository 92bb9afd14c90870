'use strict';

module.exports = {
  async up(queryInterface, Sequelize) {
    await queryInterface.changeColumn('Customers', 'phone', { type: Sequelize.STRING(20), allowNull: true });
  },
  async down() {},
};
