```js
const stripe = require('stripe')('sk_test_4eC39HqLyjWDarjtT1zdp7dc');
```
