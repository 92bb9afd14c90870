const { Op } = require('sequelize');
const { CartItem } = require('../models');

module.exports = {
  name: 'carts:reset',
  async run() {
    const count = await CartItem.destroy({ where: { id: { [Op.ne]: null } } });
    console.log(`removed ${count} cart items`);
  },
};
